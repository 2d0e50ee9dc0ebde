package io.computility.pool.wire;

/**
 * Size limits of the pool's wire shapes (docs/security.md "Limits"), checked by the controller.
 * Names and ids are indexed, and a b-tree entry cannot exceed about 2,700 bytes, so every one is
 * far below that.
 */
public final class WireLimits {
  private WireLimits() {}

  public static final int NAME = 128;
  public static final int HOST = 253;
  public static final int URL = 2048;

  /** Longest task log line an agent sends. */
  public static final int LINE = 16384;

  public static final int MAX_ARGS = 256;
  public static final int MAX_ARG = 65536; // a Java class path can be long
  public static final int MAX_DEVICES = 256;
  public static final int MAX_TASKS = 10000;
  public static final long MAX_COUNT = 1024;
}
