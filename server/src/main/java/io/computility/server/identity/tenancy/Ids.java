package io.computility.server.identity.tenancy;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random identifiers with a readable prefix: {@code t-3f9a0c1d2e4b}. */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  public static String next(String prefix) {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    return prefix + "-" + HexFormat.of().formatHex(b);
  }
}
