package io.computility.core.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties of graduated and volume pricing over generated valid tier sets. */
class TierPropertiesTest {

  static BigDecimal quantity(Random r, List<Tier> tiers) {
    BigDecimal top = Generated.top(tiers);
    return top.multiply(BigDecimal.valueOf(r.nextDouble())).setScale(3, RoundingMode.DOWN);
  }

  static Money graduated(List<Tier> tiers, BigDecimal q) {
    return new TieredPrice(TierMode.GRADUATED, tiers).price(q);
  }

  static Money volume(List<Tier> tiers, BigDecimal q) {
    return new TieredPrice(TierMode.VOLUME, tiers).price(q);
  }

  @Test
  @DisplayName(
      "NET-7.5 property: generated tier sets are valid, graduated is monotonic in quantity")
  void graduatedMonotonic() {
    Generated.forAll(
        r -> {
          List<Tier> tiers = Generated.tiers(r);
          assertThat(PlanValidator.validate(Plans.withTiers(tiers)).problems()).isEmpty();
          BigDecimal q1 = quantity(r, tiers);
          BigDecimal q2 = quantity(r, tiers);
          BigDecimal lo = q1.min(q2);
          BigDecimal hi = q1.max(q2);
          assertThat(graduated(tiers, lo).compareTo(graduated(tiers, hi)))
              .as("%s: %s ≤ %s", tiers, lo, hi)
              .isLessThanOrEqualTo(0);
        });
  }

  @Test
  @DisplayName("NET-7.5 property: graduated and volume meet on the first range, equal at its top")
  void meetOnFirstRange() {
    Generated.forAll(
        r -> {
          List<Tier> tiers = Generated.tiers(r);
          Tier first = tiers.get(0);
          BigDecimal top = first.unbounded() ? Generated.top(tiers) : first.to();
          BigDecimal q =
              top.multiply(BigDecimal.valueOf(r.nextDouble())).setScale(3, RoundingMode.DOWN);
          assertThat(graduated(tiers, q)).as("%s at %s", tiers, q).isEqualTo(volume(tiers, q));
          assertThat(graduated(tiers, top))
              .as("%s at %s", tiers, top)
              .isEqualTo(volume(tiers, top));
        });
  }

  @Test
  @DisplayName(
      "NET-7.5 property: at each range bound graduated adds the range, volume prices all at it")
  void atEveryBound() {
    Generated.forAll(
        r -> {
          List<Tier> tiers = Generated.tiers(r);
          Money previous = Generated.cny(BigDecimal.ZERO);
          for (Tier t : tiers) {
            if (t.unbounded()) {
              break;
            }
            Money width = t.unitPrice().times(t.to().subtract(t.from()));
            assertThat(graduated(tiers, t.to()))
                .as("%s at %s", tiers, t.to())
                .isEqualTo(previous.plus(width));
            assertThat(volume(tiers, t.to())).isEqualTo(t.unitPrice().times(t.to()));
            previous = previous.plus(width);
          }
        });
  }

  @Test
  @DisplayName(
      "NET-7.5 property: graduated parts add up to the quantity; volume uses the tier holding it")
  void breakdownTraces() {
    Generated.forAll(
        r -> {
          List<Tier> tiers = Generated.tiers(r);
          BigDecimal q = quantity(r, tiers);
          List<TierCharge> g = new TieredPrice(TierMode.GRADUATED, tiers).charges(q);
          BigDecimal sum =
              g.stream().map(TierCharge::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(sum).as("%s at %s", tiers, q).isEqualByComparingTo(q);
          Tier holding = tiers.stream().filter(t -> t.contains(q)).findFirst().orElseThrow();
          assertThat(volume(tiers, q)).isEqualTo(holding.unitPrice().times(q));
        });
  }

  @Test
  @DisplayName("NET-7.5 property: with rising prices graduated never exceeds volume")
  void risingPrices() {
    Generated.forAll(
        r -> {
          List<Tier> drawn = Generated.tiers(r);
          List<Money> prices = new ArrayList<>(drawn.stream().map(Tier::unitPrice).toList());
          prices.sort(Comparator.comparing(Money::amount));
          List<Tier> tiers = new ArrayList<>();
          for (int i = 0; i < drawn.size(); i++) {
            tiers.add(new Tier(drawn.get(i).from(), drawn.get(i).to(), prices.get(i)));
          }
          BigDecimal q = quantity(r, tiers);
          assertThat(graduated(tiers, q).compareTo(volume(tiers, q))).isLessThanOrEqualTo(0);
        });
  }
}
