package io.computility.core.vgpu;

import java.util.Locale;

/** Where a task's slices go among the cards that fit (POOL-7.2a). */
public enum PlacementPolicy {
  /** Fill the fullest card first, keeping whole cards free. */
  DEVICE_BINPACK,
  /** Use the emptiest card first, spreading load over cards. */
  DEVICE_SPREAD,
  /** Fill the fullest node first. */
  NODE_BINPACK,
  /** Use the emptiest node first. */
  NODE_SPREAD,
  /** Only cards on the task's own node. */
  LOCAL,
  /** Cards on the task's own node when they fit, else anywhere (device binpack). */
  LOCAL_FIRST,
  /**
   * The cards whose use least raises their node's expected fragmentation under the pool's recent
   * request mix (the FGD study's measure, {@code core.pool.Fragmentation}); fullest card on ties.
   */
  FRAG_AWARE;

  /** Parses {@code device-binpack}, {@code NODE_SPREAD}, {@code local-first} and the like. */
  public static PlacementPolicy parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** The lower-case, dashed name used on the wire. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
