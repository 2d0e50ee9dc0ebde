package io.computility.core.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Additivity of proration over splits of a period. Splitting {@code [a, c)} at {@code b} changes
 * the charge only in the calendar period P containing {@code b}, and only when P lies wholly inside
 * {@code [a, c)} and {@code b} is not P's first day: P then costs its period price before the split
 * and its days at the daily price after. The difference (the defect) is therefore exactly {@code
 * days(P) × daily price − period price}. It is 0 for MONTHLY_DIV_DAYS_OF_MONTH and
 * YEARLY_DIV_DAYS_OF_YEAR in every period (these two are exactly additive); for the other six rules
 * it is 0 only in some periods (MONTHLY_DIV_31 in 31-day months, YEARLY_DIV_365 in 365-day years,
 * ...), so the tests assert the exact defect, which bounds the difference.
 */
class ProrationPropertiesTest {

  static final Set<ProrationRule> ADDITIVE =
      EnumSet.of(ProrationRule.MONTHLY_DIV_DAYS_OF_MONTH, ProrationRule.YEARLY_DIV_DAYS_OF_YEAR);

  record Case(ProrationRule rule, Money price, Money daily, LocalDate a, LocalDate b, LocalDate c) {
    static Case draw(Random r) {
      ProrationRule rule = Generated.pick(r, ProrationRule.values());
      int span = rule.unit() == PriceUnit.MONTH ? 800 : 2200;
      LocalDate x = Generated.day(r, span);
      LocalDate y = Generated.day(r, span);
      LocalDate z = Generated.day(r, span);
      LocalDate[] s = {x, y, z};
      java.util.Arrays.sort(s);
      if (r.nextInt(4) == 0) {
        s[1] = rule.periodStart(s[1]);
        if (s[1].isBefore(s[0])) {
          s[1] = s[0];
        }
      }
      Money price = Generated.cny(Generated.decimal(r, 100_000, 2));
      Money daily = Generated.cny(Generated.decimal(r, 5_000, 4));
      return new Case(rule, price, daily, s[0], s[1], s[2]);
    }

    Ratio exact(LocalDate from, LocalDate to) {
      return Proration.prorate(rule, price, daily, from, to).exactTotal();
    }

    /** The exact defect of splitting at b, per the class comment. */
    Ratio defect() {
      LocalDate ps = rule.periodStart(b);
      LocalDate pe = rule.periodEnd(ps);
      if (b.equals(ps) || ps.isBefore(a) || pe.isAfter(c)) {
        return Ratio.ZERO;
      }
      long days = ChronoUnit.DAYS.between(ps, pe);
      Ratio p = Ratio.of(price.amount());
      Ratio partial =
          rule.fixedDaily()
              ? Ratio.of(days, 1).times(Ratio.of(daily.amount()))
              : Ratio.of(days, 1).times(rule.dailyShare(ps)).times(p);
      return partial.minus(p);
    }
  }

  @Test
  @DisplayName(
      "NET-7.5 property: [a,c) = [a,b) + [b,c) exactly for the days-of-period rules, and for every rule up to the exact defect of the split period")
  void additiveOverSplits() {
    Generated.forAll(
        r -> {
          Case k = Case.draw(r);
          Ratio whole = k.exact(k.a(), k.c());
          Ratio parts = k.exact(k.a(), k.b()).plus(k.exact(k.b(), k.c()));
          assertThat(parts.minus(whole)).as("%s", k).isEqualTo(k.defect());
          if (ADDITIVE.contains(k.rule())) {
            assertThat(parts).as("%s", k).isEqualTo(whole);
          }
        });
  }

  @Test
  @DisplayName(
      "NET-7.5 property: splits at a calendar-period boundary are exactly additive under every rule")
  void additiveAtPeriodBounds() {
    Generated.forAll(
        r -> {
          Case k = Case.draw(r);
          LocalDate b = k.rule().periodEnd(k.rule().periodStart(k.a()));
          if (b.isAfter(k.c())) {
            return;
          }
          assertThat(k.exact(k.a(), b).plus(k.exact(b, k.c())))
              .as("%s split at %s", k, b)
              .isEqualTo(k.exact(k.a(), k.c()));
        });
  }

  @Test
  @DisplayName(
      "CMP-billing property: the prorated amount equals the exact fraction to 34 significant digits")
  void amountPrecision() {
    Generated.forAll(
        r -> {
          Case k = Case.draw(r);
          ProratedCharge charge = Proration.prorate(k.rule(), k.price(), k.daily(), k.a(), k.c());
          Ratio error = charge.exactTotal().minus(Ratio.of(charge.total().amount()));
          BigDecimal err = error.toDecimal().abs();
          BigDecimal bound = charge.total().amount().abs().add(BigDecimal.ONE).movePointLeft(33);
          assertThat(err).as("%s", k).isLessThanOrEqualTo(bound);
        });
  }
}
