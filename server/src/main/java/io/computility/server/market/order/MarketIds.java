package io.computility.server.market.order;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random identifiers of the market's records with a readable prefix: {@code ord-3f9a0c1d2e4b}. */
public final class MarketIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private MarketIds() {}

  public static String next(String prefix) {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    return prefix + "-" + HexFormat.of().formatHex(b);
  }
}
