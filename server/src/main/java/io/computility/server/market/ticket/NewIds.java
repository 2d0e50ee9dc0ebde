package io.computility.server.market.ticket;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random identifiers with a readable prefix: {@code tk-3f9a0c1d2e4b}. */
public final class NewIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private NewIds() {}

  /**
   * Whether a value from a path could be an id at all (fewer than 64 bytes, no control characters);
   * one that cannot is simply not found, without asking the database.
   */
  public static boolean plausible(String id) {
    return id != null
        && id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 64
        && id.chars().noneMatch(Character::isISOControl);
  }

  static String next(String prefix) {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    return prefix + "-" + HexFormat.of().formatHex(b);
  }
}
