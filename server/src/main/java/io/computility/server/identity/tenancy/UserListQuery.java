package io.computility.server.identity.tenancy;

import io.computility.server.shared.web.Check;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Optional filter and page of {@code GET /api/v1/users} (CMP-tenancy): {@code q} (part of the user
 * name, display name or id), {@code org}, {@code enabled}, {@code page} and {@code size}. Without
 * {@code page} and {@code size} the whole (filtered) scope is answered as before; the number of
 * matching users is always in {@code X-Total-Count}.
 */
record UserListQuery(String page, String size, String q, String org, String enabled) {
  static final int MAX_SIZE = 1000;

  List<UserController.UserData> apply(
      List<UserController.UserData> all, HttpServletResponse response) {
    Integer p = whole(page, "page");
    Integer s = whole(size, "size");
    if (p != null) Check.page(p);
    if (s != null) Check.pageSize(s, MAX_SIZE);
    List<UserController.UserData> matching = all.stream().filter(filter()).toList();
    response.setHeader("X-Total-Count", Integer.toString(matching.size()));
    if (p == null && s == null) return matching;
    int from = (int) Math.min((long) (p == null ? 0 : p) * (s == null ? 50 : s), matching.size());
    return matching.subList(from, Math.min(from + (s == null ? 50 : s), matching.size()));
  }

  private Predicate<UserController.UserData> filter() {
    Check.belowBytes(q, "q", Check.ID_BYTES);
    Check.belowBytes(org, "org", Check.ID_BYTES);
    if (enabled != null && !enabled.equals("true") && !enabled.equals("false")) {
      throw Check.bad("enabled", "must be true or false, was " + enabled);
    }
    String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
    return u ->
        (text == null
                || contains(u.username(), text)
                || contains(u.displayName(), text)
                || contains(u.id(), text))
            && (org == null || org.isBlank() || org.equals(u.orgId()))
            && (enabled == null || Boolean.parseBoolean(enabled) == u.enabled());
  }

  private static boolean contains(String v, String part) {
    return v != null && v.toLowerCase(Locale.ROOT).contains(part);
  }

  private static Integer whole(String v, String field) {
    if (v == null || v.isBlank()) return null;
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw Check.bad(field, "must be a whole number, was " + v);
    }
  }
}
