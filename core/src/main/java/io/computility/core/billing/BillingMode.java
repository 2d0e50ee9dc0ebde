package io.computility.core.billing;

/** The three billing modes of seed 003: 按需计费, 包年包月, 按次计费. */
public enum BillingMode {
  /** Pay for what ran, by the hour or the day (按需计费). */
  ON_DEMAND,
  /** A monthly or yearly price, prorated by the plan's rule when a period is partly used (包年包月). */
  SUBSCRIPTION,
  /** Pay per call or per thousand tokens (按次计费). */
  PER_CALL
}
