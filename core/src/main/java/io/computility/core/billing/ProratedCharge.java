package io.computility.core.billing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a subscription costs over a date range under a {@link ProrationRule}, one segment per
 * calendar period touched. {@link #exactTotal()} is the exact value as a fraction; {@link #total()}
 * the same as an amount (exact where the fraction terminates, otherwise 34 significant digits).
 */
public record ProratedCharge(
    ProrationRule rule, Money periodPrice, List<ProrationSegment> segments) {

  public ProratedCharge {
    segments = List.copyOf(segments);
  }

  /** Σ quantity × unit price over the segments, exactly, in currency units. */
  public Ratio exactTotal() {
    Ratio sum = Ratio.ZERO;
    for (ProrationSegment s : segments) {
      sum = sum.plus(s.quantity().times(Ratio.of(s.unitPrice().amount())));
    }
    return sum;
  }

  /** {@link #exactTotal()} as money: one division, at {@link Money#RATING} precision. */
  public Money total() {
    return exactTotal().times(new Money(BigDecimal.ONE, periodPrice.currency()));
  }
}
