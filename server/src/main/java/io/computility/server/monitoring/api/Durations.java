package io.computility.server.monitoring.api;

import io.computility.server.shared.web.Check;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as the configuration does: 500ms, 30s, 5m, 2h, 1d, or ISO-8601 (PT1M). */
final class Durations {
  private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  private Durations() {}

  static Duration parse(String value, String field) {
    if (value == null || value.isBlank()) return Duration.ZERO;
    String v = value.strip();
    Matcher m = SIMPLE.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      Duration d = Duration.parse(v);
      if (d.isNegative()) throw Check.bad(field, "must not be negative");
      return d;
    } catch (DateTimeParseException e) {
      throw Check.bad(field, "must be a duration such as 30s, 5m, 2h or PT1M");
    }
  }

  static String format(Duration d) {
    long ms = d.toMillis();
    if (ms % 1000 != 0) return ms + "ms";
    return (ms / 1000) + "s";
  }
}
