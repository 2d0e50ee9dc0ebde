package io.computility.core.billing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price range of a quantity: the half-open interval {@code (from, to]}, {@code to == null}
 * meaning unbounded. Quantities are continuous (150.5 GiB is a quantity), so a range written
 * "101–200 G" in the seed is {@code (100, 200]} here: the first tier starts at 0, each next one at
 * the previous one's {@code to}. A quantity exactly on a bound belongs to the lower tier.
 */
public record Tier(BigDecimal from, BigDecimal to, Money unitPrice) {

  public Tier {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(unitPrice, "unitPrice");
  }

  public static Tier of(String from, String to, Money unitPrice) {
    return new Tier(new BigDecimal(from), to == null ? null : new BigDecimal(to), unitPrice);
  }

  public boolean unbounded() {
    return to == null;
  }

  /** Whether {@code quantity} lies in {@code (from, to]}; 0 belongs to a tier starting at 0. */
  public boolean contains(BigDecimal quantity) {
    boolean above = quantity.compareTo(from) > 0 || (quantity.signum() == 0 && from.signum() == 0);
    return above && (to == null || quantity.compareTo(to) <= 0);
  }

  /** The part of {@code quantity} that falls into this tier (0 when it stays below it). */
  public BigDecimal portionOf(BigDecimal quantity) {
    if (quantity.compareTo(from) <= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal top = to == null || quantity.compareTo(to) < 0 ? quantity : to;
    return top.subtract(from);
  }
}
