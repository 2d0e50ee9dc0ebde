package io.computility.server.market.ticket.api;

import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Checks of query parameters and body fields; every failure names the field. */
final class Inputs {
  static final int MAX_PAGE_SIZE = 200;

  private Inputs() {}

  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) return null;
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.notOneOf(
          field, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), value);
    }
  }

  /** An optional query text: at most {@code max} characters, no control characters. */
  static String query(String value, String field, int max) {
    if (value == null || value.isBlank()) return null;
    Check.maxChars(value, field, max);
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw Check.bad(field, "must not hold control characters");
    }
    return value.strip();
  }

  /** An optional id (fewer than 64 bytes, no control characters). */
  static String id(String value, String field) {
    String v = query(value, field, Check.ID_BYTES);
    return Check.belowBytes(v, field, Check.ID_BYTES);
  }

  static String text(String value, String field, int max) {
    return Check.text(value, field, max).strip();
  }

  /** Optional text: null when blank. */
  static String optionalText(String value, String field, int max) {
    if (value == null || value.isBlank()) return null;
    return Check.maxChars(value, field, max).strip();
  }

  static Instant instant(String value, String field) {
    if (value == null || value.isBlank()) return null;
    try {
      return Check.instant(Instant.parse(value.strip()), field);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.badFormat(
          field, "an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z");
    }
  }

  static int page(Integer page) {
    return page == null ? 0 : Check.page(page);
  }

  static int size(Integer size, int fallback) {
    return size == null ? fallback : Check.pageSize(size, MAX_PAGE_SIZE);
  }

  static int between(Integer value, int min, int max, String field, int fallback) {
    if (value == null) return fallback;
    if (value < min) throw InvalidInputException.tooSmall(field, min, value);
    if (value > max) throw InvalidInputException.tooLarge(field, max, value);
    return value;
  }

  static List<String> ids(List<String> values, String field) {
    if (values == null) return List.of();
    for (int i = 0; i < values.size(); i++) id(values.get(i), field + "[" + i + "]");
    return values.stream().map(String::strip).distinct().toList();
  }
}
