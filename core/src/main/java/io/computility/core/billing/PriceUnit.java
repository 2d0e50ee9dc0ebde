package io.computility.core.billing;

/**
 * What one unit price buys (seed 003: 按小时、按次、按天、按月、按年; 1k tokens for model services). Each unit
 * belongs to exactly one {@link BillingMode}; the validator rejects other pairings.
 */
public enum PriceUnit {
  HOUR(BillingMode.ON_DEMAND),
  DAY(BillingMode.ON_DEMAND),
  MONTH(BillingMode.SUBSCRIPTION),
  YEAR(BillingMode.SUBSCRIPTION),
  CALL(BillingMode.PER_CALL),
  /** One thousand tokens. */
  K_TOKENS(BillingMode.PER_CALL);

  private final BillingMode mode;

  PriceUnit(BillingMode mode) {
    this.mode = mode;
  }

  /** The only mode this unit may be priced in. */
  public BillingMode mode() {
    return mode;
  }
}
