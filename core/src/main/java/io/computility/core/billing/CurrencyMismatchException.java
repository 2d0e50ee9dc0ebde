package io.computility.core.billing;

import java.util.Currency;

/**
 * Two amounts of different currencies were combined. The model never converts currencies: a plan,
 * its tiers, its discounts and the usage priced under it share one currency.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

  private final Currency expected;
  private final Currency actual;

  public CurrencyMismatchException(Currency expected, Currency actual) {
    super(
        "currency mismatch: "
            + expected.getCurrencyCode()
            + " and "
            + actual.getCurrencyCode()
            + " cannot be combined");
    this.expected = expected;
    this.actual = actual;
  }

  public Currency expected() {
    return expected;
  }

  public Currency actual() {
    return actual;
  }
}
