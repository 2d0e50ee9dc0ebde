package io.computility.core.billing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency. Addition, subtraction and multiplication are exact (BigDecimal
 * without rounding); the only rounding in the model is {@link #roundedForBill()}, applied once at
 * the bill line. Division appears only inside {@link Ratio#times(Money)} and is done there at
 * {@link #RATING} precision. Equality compares amounts numerically ({@code 1.0 CNY == 1.00 CNY}).
 */
public record Money(BigDecimal amount, Currency currency) {

  /**
   * Precision of the one division in rating: 34 significant digits, half-even (IEEE decimal128).
   */
  public static final MathContext RATING = MathContext.DECIMAL128;

  /** Bill lines carry two decimals, rounded half-up (0.005 becomes 0.01). */
  public static final int BILL_SCALE = 2;

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }

  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  /** Exact product: no rounding, the scale grows as needed. */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  /** The amount a bill line shows: two decimals, half-up. The only rounding step of the model. */
  public Money roundedForBill() {
    return new Money(amount.setScale(BILL_SCALE, RoundingMode.HALF_UP), currency);
  }

  /**
   * The other amount when its currency is this one's; otherwise {@link CurrencyMismatchException}.
   */
  public Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    return other;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount.stripTrailingZeros(), currency);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
