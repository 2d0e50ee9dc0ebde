package io.computility.server.market.ticket;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random identifiers with a readable prefix: {@code tk-3f9a0c1d2e4b}. */
final class NewIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private NewIds() {}

  static String next(String prefix) {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    return prefix + "-" + HexFormat.of().formatHex(b);
  }
}
