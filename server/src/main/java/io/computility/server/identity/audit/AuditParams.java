package io.computility.server.identity.audit;

import io.computility.server.shared.web.Check;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;

/**
 * The query parameters of the operation and login logs, bound by Spring. Blank values filter
 * nothing; {@link #filter()} checks them and answers 400 naming the field.
 */
public record AuditParams(
    String actor,
    String action,
    @Parameter(description = "ISO-8601 instant") String since,
    @Parameter(description = "ISO-8601 instant") String until,
    @Parameter(description = "0-based page, default 0") Integer page,
    @Parameter(description = "page size, default 50") Integer size) {

  int pageOrFirst() {
    return page == null ? 0 : page;
  }

  int sizeOrDefault() {
    return size == null ? 50 : size;
  }

  AuditChain.Filter filter() {
    Check.belowBytes(actor, "actor", Check.ID_BYTES);
    Check.belowBytes(action, "action", 256);
    Instant from = instant(since, "since");
    Instant to = instant(until, "until");
    if (from != null && to != null && !from.isBefore(to)) {
      throw Check.bad("until", "must be after since");
    }
    return new AuditChain.Filter(
        blank(actor) ? null : actor, blank(action) ? null : action.strip(), from, to);
  }

  private static boolean blank(String v) {
    return v == null || v.isBlank();
  }

  private static Instant instant(String v, String field) {
    if (blank(v)) return null;
    try {
      return Check.instant(Instant.parse(v.strip()), field);
    } catch (java.time.format.DateTimeParseException e) {
      throw Check.bad(field, "must be an ISO-8601 instant such as 2026-01-31T08:00:00Z, was " + v);
    }
  }
}
