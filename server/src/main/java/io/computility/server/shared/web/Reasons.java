package io.computility.server.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason of a refusal raised without one (older call sites that give only a message): read from
 * the message's common shapes ("is required", "must be >= 1, was 0", "must be one of …"), otherwise
 * derived from the status. New code names the reason with the exceptions' factories.
 */
final class Reasons {
  private static final String NUM = "(-?\\d+(?:\\.\\d+)?)";
  private static final Pattern REQUIRED =
      Pattern.compile("(is required|must not be empty|must not be null|is blank)\\b.*");
  private static final Pattern AT_LEAST =
      Pattern.compile(".*must be >= " + NUM + "(?:, was " + NUM + ")?.*");
  private static final Pattern LONGER =
      Pattern.compile(".*must (?:be|hold) at most " + NUM + " (?:characters|bytes).*");
  private static final Pattern AT_MOST =
      Pattern.compile(".*must be (?:at most|<=) " + NUM + "(?:, was " + NUM + ")?$");
  private static final Pattern BETWEEN =
      Pattern.compile(".*must be between " + NUM + " and " + NUM + ", was " + NUM + ".*");
  private static final Pattern ONE_OF = Pattern.compile(".*must be one of \\[?([^\\]()]+)\\]?.*");
  private static final Pattern INSTANT = Pattern.compile(".*must be an ISO-8601 instant.*");

  private Reasons() {}

  /** The reason and params read from {@code message}, or the status's reason. */
  static ErrorDetail detail(int status, String field, String message) {
    String m = message == null ? "" : message.strip();
    if (field != null && m.startsWith(field))
      m = m.substring(field.length()).replaceFirst("^:", "");
    m = m.strip();
    if (status == 400) {
      ErrorDetail d = fromMessage(field, m);
      if (d != null) return d;
    }
    if (status == 409 && m.endsWith("already exists")) {
      return ErrorDetail.of(ErrorReason.DUPLICATE, field);
    }
    if (status == 409 && m.contains("in use")) return ErrorDetail.of(ErrorReason.IN_USE, field);
    return ErrorDetail.of(ErrorReason.forStatus(status), field);
  }

  private static ErrorDetail fromMessage(String field, String m) {
    if (REQUIRED.matcher(m).matches()) return ErrorDetail.of(ErrorReason.REQUIRED, field);
    Matcher x = AT_LEAST.matcher(m);
    if (x.matches()) {
      return ErrorDetail.of(
          ErrorReason.TOO_SMALL, field, "min", num(x.group(1)), "value", num(x.group(2)));
    }
    if ((x = LONGER.matcher(m)).matches()) {
      return ErrorDetail.of(ErrorReason.TOO_LONG, field, "max", num(x.group(1)));
    }
    if ((x = AT_MOST.matcher(m)).matches()) {
      return ErrorDetail.of(
          ErrorReason.TOO_LARGE, field, "max", num(x.group(1)), "value", num(x.group(2)));
    }
    if ((x = BETWEEN.matcher(m)).matches()) {
      double value = Double.parseDouble(x.group(3));
      return value < Double.parseDouble(x.group(1))
          ? ErrorDetail.of(
              ErrorReason.TOO_SMALL, field, "min", num(x.group(1)), "value", num(x.group(3)))
          : ErrorDetail.of(
              ErrorReason.TOO_LARGE, field, "max", num(x.group(2)), "value", num(x.group(3)));
    }
    if ((x = ONE_OF.matcher(m)).matches()) {
      return ErrorDetail.of(ErrorReason.NOT_ONE_OF, field, "allowed", list(x.group(1)));
    }
    if (INSTANT.matcher(m).matches()) {
      return ErrorDetail.of(ErrorReason.BAD_FORMAT, field, "expected", "ISO-8601 instant");
    }
    return null;
  }

  private static List<String> list(String csv) {
    return Arrays.stream(csv.split("\\s*,\\s*|\\s+or\\s+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** A number as Long when whole, else Double; null for null. */
  static Object num(String s) {
    if (s == null) return null;
    return s.contains(".") ? (Object) Double.valueOf(s) : (Object) Long.valueOf(s);
  }
}
