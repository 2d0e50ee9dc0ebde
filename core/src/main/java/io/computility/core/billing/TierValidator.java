package io.computility.core.billing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * Checks a {@link TieredPrice}: tiers start at 0 and follow one another without gap or overlap
 * (each {@code from} equals the previous {@code to}), every bound above its {@code from}, only the
 * last one unbounded, no negative price, every price in the plan's currency.
 */
final class TierValidator {

  private TierValidator() {}

  static void check(TieredPrice price, Currency currency, String path, List<PlanProblem> out) {
    if (price.tiers().isEmpty()) {
      out.add(new PlanProblem(path + ".tiers", "at least one tier is required"));
      return;
    }
    BigDecimal previousTo = BigDecimal.ZERO;
    List<Tier> tiers = price.tiers();
    for (int i = 0; i < tiers.size(); i++) {
      Tier t = tiers.get(i);
      String at = path + ".tiers[" + i + "]";
      checkFrom(t, i, previousTo, at, out);
      if (t.unbounded() && i < tiers.size() - 1) {
        out.add(new PlanProblem(at + ".to", "only the last tier may be unbounded"));
      } else if (!t.unbounded() && t.to().compareTo(t.from()) <= 0) {
        out.add(new PlanProblem(at + ".to", "must be above from " + t.from().toPlainString()));
      }
      checkPrice(t.unitPrice(), currency, at + ".unitPrice", out);
      previousTo = t.unbounded() ? t.from() : t.to();
    }
  }

  private static void checkFrom(
      Tier t, int i, BigDecimal previousTo, String at, List<PlanProblem> out) {
    int c = t.from().compareTo(previousTo);
    if (i == 0 && c != 0) {
      out.add(new PlanProblem(at + ".from", "the first tier must start at 0"));
    } else if (c < 0) {
      out.add(
          new PlanProblem(
              at + ".from",
              "overlaps the previous tier, which ends at " + previousTo.toPlainString()));
    } else if (c > 0) {
      out.add(
          new PlanProblem(
              at + ".from",
              "leaves a gap after the previous tier, which ends at "
                  + previousTo.toPlainString()
                  + " (ranges are (from, to]: write from = "
                  + previousTo.toPlainString()
                  + ")"));
    }
  }

  static void checkPrice(Money m, Currency currency, String field, List<PlanProblem> out) {
    if (m.isNegative()) {
      out.add(new PlanProblem(field, "must not be negative: " + m));
    }
    if (currency != null && !currency.equals(m.currency())) {
      out.add(
          new PlanProblem(
              field,
              "currency mismatch: "
                  + m.currency().getCurrencyCode()
                  + " in a "
                  + currency.getCurrencyCode()
                  + " plan"));
    }
  }

  /**
   * Problems when {@code daily} is not tiered exactly like {@code price} (same mode and bounds).
   */
  static void checkSameShape(
      TieredPrice price, TieredPrice daily, String path, List<PlanProblem> out) {
    if (price.mode() != daily.mode()) {
      out.add(new PlanProblem(path + ".mode", "must be " + price.mode() + " like price.mode"));
    }
    if (price.tiers().size() != daily.tiers().size()) {
      out.add(new PlanProblem(path + ".tiers", "must have the same tiers as price.tiers"));
      return;
    }
    for (int i = 0; i < price.tiers().size(); i++) {
      Tier p = price.tiers().get(i);
      Tier d = daily.tiers().get(i);
      boolean sameTo =
          p.unbounded() ? d.unbounded() : !d.unbounded() && p.to().compareTo(d.to()) == 0;
      if (p.from().compareTo(d.from()) != 0 || !sameTo) {
        out.add(
            new PlanProblem(
                path + ".tiers[" + i + "]", "must have the bounds of price.tiers[" + i + "]"));
      }
    }
  }
}
