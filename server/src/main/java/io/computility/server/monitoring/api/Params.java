package io.computility.server.monitoring.api;

import io.computility.core.monitoring.Severity;
import io.computility.core.monitoring.SourceType;
import io.computility.server.shared.web.Check;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Parsing of monitoring query parameters and body fields; failures name the field. */
final class Params {
  static final int MAX_PAGE_SIZE = 500;

  private Params() {}

  static Instant instant(String value, String field) {
    if (value == null || value.isBlank()) return null;
    try {
      return Check.instant(Instant.parse(value.strip()), field);
    } catch (DateTimeParseException e) {
      throw Check.bad(field, "must be an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z");
    }
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) return null;
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Check.bad(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  static SourceType sourceType(String value, String field) {
    return enumValue(SourceType.class, value, field);
  }

  static Severity severity(String value, String field) {
    return enumValue(Severity.class, value, field);
  }

  static void range(Instant from, Instant to) {
    if (from != null && to != null && !to.isAfter(from)) {
      throw Check.bad("to", "must be after from");
    }
  }

  static int page(Integer page) {
    if (page == null) return 0;
    return Check.page(page);
  }

  static int size(Integer size, int dflt) {
    if (size == null) return dflt;
    return Check.pageSize(size, MAX_PAGE_SIZE);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
