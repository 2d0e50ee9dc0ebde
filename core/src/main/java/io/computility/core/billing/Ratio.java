package io.computility.core.billing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact non-negative-denominator fraction. Proration multiplies a price by fractions such as
 * 19/28 of a month or 12·19/365; keeping them as fractions until the one division keeps sums of
 * prorated periods exact, which is what the additivity property of {@link Proration} is stated on.
 */
public record Ratio(BigInteger numerator, BigInteger denominator) {

  public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
  public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

  public Ratio {
    Objects.requireNonNull(numerator, "numerator");
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("denominator must be positive: " + denominator);
    }
    BigInteger g = numerator.gcd(denominator);
    if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
  }

  public static Ratio of(long numerator, long denominator) {
    return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** The exact fraction a decimal stands for (0.25 becomes 1/4). */
  public static Ratio of(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() <= 0) {
      return new Ratio(v.toBigIntegerExact(), BigInteger.ONE);
    }
    return new Ratio(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
  }

  public Ratio plus(Ratio o) {
    return new Ratio(
        numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  public Ratio minus(Ratio o) {
    return plus(new Ratio(o.numerator.negate(), o.denominator));
  }

  public Ratio times(Ratio o) {
    return new Ratio(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  /** {@code amount × this}: exact when the fraction terminates, else 34 significant digits. */
  public Money times(Money amount) {
    return new Money(times(amount.amount()), amount.currency());
  }

  /** This fraction as a decimal: exact when it terminates, else 34 significant digits. */
  public BigDecimal toDecimal() {
    return times(BigDecimal.ONE);
  }

  private BigDecimal times(BigDecimal value) {
    BigDecimal product = value.multiply(new BigDecimal(numerator));
    BigDecimal d = new BigDecimal(denominator);
    try {
      return product.divide(d);
    } catch (ArithmeticException nonTerminating) {
      return product.divide(d, Money.RATING);
    }
  }

  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}
