package io.computility.server.fuzz;

import java.util.List;
import java.util.Random;

/** Hostile scalars and whole bodies: each one a way a request has broken a server before. */
final class Hostile {
  private static final List<String> STRINGS =
      List.of(
          "\u0000",
          "a\u0000b",
          "\u0001\u0002\u001f\u007f",
          "line\r\nInjected: header",
          "%00",
          "' OR '1'='1' --",
          "../../../../etc/passwd",
          "${jndi:ldap://127.0.0.1/x}",
          "<script>alert(1)</script>",
          "\u202e\u200b\ufeff",
          "\ud83d\ude80\u4e2d\u6587",
          " ",
          "null",
          "-1",
          "1e300",
          "99999999999999999999999",
          "NaN",
          "true",
          "{}",
          "[]",
          "*",
          "%",
          "_",
          "\\");

  private static final List<String> NUMBERS =
      List.of(
          "-1",
          "0",
          "1e300",
          "-1e300",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "2147483648",
          "1.5",
          "1e-300");

  /** Whole bodies that are not what any operation expects. */
  private static final List<String> BODIES =
      List.of("", "null", "[]", "{}", "[null]", "\"text\"", "42", "{\"a\":", "{'a':1}", "\u0000");

  private Hostile() {}

  /** A hostile string; NUL and control characters (the commonest 500 of issue 13) half the time. */
  static String string(Random r) {
    return r.nextBoolean() ? STRINGS.get(r.nextInt(3)) : STRINGS.get(r.nextInt(STRINGS.size()));
  }

  static java.math.BigDecimal number(Random r) {
    return new java.math.BigDecimal(NUMBERS.get(r.nextInt(NUMBERS.size())));
  }

  /** A raw text for a query or path parameter. */
  static String text(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> NUMBERS.get(r.nextInt(NUMBERS.size()));
      case 1 -> "x".repeat(r.nextBoolean() ? 5_000 : 300);
      default -> string(r);
    };
  }

  /** A raw body: garbage, a wrong JSON type, or nesting deeper than any parser should follow. */
  static String body(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> "[".repeat(5_000) + "]".repeat(5_000);
      case 1 -> "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
      case 2 -> "{\"x\":\"" + "y".repeat(2 << 20) + "\"}";
      default -> BODIES.get(r.nextInt(BODIES.size()));
    };
  }
}
