package io.computility.core.billing;

/** How a quantity that spans several tiers is priced. */
public enum TierMode {
  /** Each part of the quantity at the price of the tier it falls into (累进). */
  GRADUATED,
  /** The whole quantity at the price of the tier the quantity reaches (全量). */
  VOLUME
}
