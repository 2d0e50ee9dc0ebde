package io.computility.core.vgpu;

/** How a card is offered: sliced into virtual GPUs, or only whole to one task (POOL-T12.15). */
public enum CardMode {
  /** Sliced by 1 % compute and 1 MB memory; many tasks share the card. */
  VIRTUAL,
  /** Offered whole to one task at a time. */
  PHYSICAL;

  /** Parses {@code virtual} or {@code physical}, any case. */
  public static CardMode parse(String text) {
    return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
