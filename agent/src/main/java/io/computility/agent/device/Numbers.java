package io.computility.agent.device;

/** Lenient number reading for vendor tools, which print "N/A", "[N/A]", "-" or units. */
final class Numbers {

  private Numbers() {}

  /** The number at the start of {@code text} (units stripped), or null when there is none. */
  static Double decimal(String text) {
    if (text == null) {
      return null;
    }
    String digits = text.strip().replaceAll("^([-+]?[0-9]*\\.?[0-9]+).*$", "$1");
    if (digits.isEmpty() || !digits.matches("[-+]?[0-9]*\\.?[0-9]+")) {
      return null;
    }
    return Double.valueOf(digits);
  }

  static long wholeOr(String text, long fallback) {
    Double value = decimal(text);
    return value == null ? fallback : Math.round(value);
  }

  static Integer wholeOrNull(String text) {
    Double value = decimal(text);
    return value == null ? null : (int) Math.round(value);
  }

  static int percent(String text) {
    return (int) Math.max(0, Math.min(100, wholeOr(text, 0)));
  }
}
