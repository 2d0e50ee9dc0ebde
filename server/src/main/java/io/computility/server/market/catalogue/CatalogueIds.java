package io.computility.server.market.catalogue;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random ids with a readable prefix ({@code prod-3f9a0c1d2e4b}), as the platform's others. */
final class CatalogueIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private CatalogueIds() {}

  static String next(String prefix) {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    return prefix + "-" + HexFormat.of().formatHex(b);
  }
}
