package io.computility.core.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies discounts to one line's amount in a fixed, stated order: first every percentage (in
 * ascending discount id), each taken off the amount left by the previous one (10 % then 20 % leaves
 * 0.9 × 0.8 = 72 %); then every fixed amount (in ascending id), each capped at what is left, so a
 * line never goes below zero. Percentages before fixed amounts so that a percentage never shrinks
 * because of a fixed amount and the result does not depend on the order they were written in.
 */
public final class Discounts {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Discounts() {}

  public static List<DiscountLine> apply(Money amount, List<Discount> discounts) {
    List<Discount> ordered = new ArrayList<>(discounts);
    ordered.sort(
        Comparator.comparing((Discount d) -> d.kind() == DiscountKind.FIXED_AMOUNT)
            .thenComparing(Discount::id));
    List<DiscountLine> out = new ArrayList<>();
    Money running = amount;
    for (Discount d : ordered) {
      Money off;
      if (d.kind() == DiscountKind.PERCENTAGE) {
        off = running.times(d.percent().divide(HUNDRED));
      } else {
        Money wanted = running.sameCurrency(d.amountOff());
        off = wanted.compareTo(running) > 0 ? running : wanted;
      }
      Money after = running.minus(off);
      out.add(new DiscountLine(d.id(), d.kind(), running, off, after));
      running = after;
    }
    return out;
  }

  /** Problems of a discount as written: kind-specific value, bounds, window. */
  public static PlanDecision validate(Discount d) {
    List<PlanProblem> out = new ArrayList<>();
    if (d.id() == null || d.id().isBlank()) {
      out.add(new PlanProblem("id", "is required"));
    }
    if (d.kind() == DiscountKind.PERCENTAGE) {
      if (d.percent() == null || d.percent().signum() <= 0 || d.percent().compareTo(HUNDRED) > 0) {
        out.add(new PlanProblem("percent", "must be above 0 and at most 100"));
      }
    } else if (d.kind() == DiscountKind.FIXED_AMOUNT) {
      if (d.amountOff() == null || d.amountOff().isNegative()) {
        out.add(new PlanProblem("amountOff", "is required and must not be negative"));
      }
    } else {
      out.add(new PlanProblem("kind", "is required"));
    }
    if (d.validFrom() != null
        && d.validUntil() != null
        && !d.validFrom().isBefore(d.validUntil())) {
      out.add(new PlanProblem("validUntil", "must be after validFrom"));
    }
    return new PlanDecision(out);
  }
}
