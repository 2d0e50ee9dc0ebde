package io.computility.server.market.application;

import java.util.ArrayList;
import java.util.List;

/**
 * What a list of applications is narrowed to; null fields do not narrow.
 *
 * @param tenantId one tenant (null: every tenant, platform side)
 * @param applicantId one applicant
 * @param orgId one organisation
 * @param businessSystemId one business system
 * @param states any of these states (empty: all)
 * @param number a fragment of the business number (case-insensitive)
 */
record ApplicationFilter(
    String tenantId,
    String applicantId,
    String orgId,
    String businessSystemId,
    List<String> states,
    String number) {

  /** The SQL condition (starting with " where") and fills {@code args}. */
  String where(List<Object> args) {
    List<String> c = new ArrayList<>();
    add(c, args, "a.tenant_id = ?", tenantId);
    add(c, args, "a.applicant_id = ?", applicantId);
    add(c, args, "a.org_id = ?", orgId);
    add(c, args, "a.business_system_id = ?", businessSystemId);
    if (!states.isEmpty()) {
      c.add("a.state = any(?)");
      args.add(states.toArray(String[]::new));
    }
    if (number != null && !number.isBlank()) {
      c.add("a.number ilike ? escape '\\'");
      args.add(
          "%" + number.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    return c.isEmpty() ? "" : " where " + String.join(" and ", c);
  }

  private static void add(List<String> c, List<Object> args, String sql, String value) {
    if (value == null || value.isBlank()) return;
    c.add(sql);
    args.add(value);
  }
}
