package io.computility.core.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The validator rejects every tier set made invalid by moving one range start. */
class TierValidationPropertiesTest {

  @Test
  @DisplayName(
      "CMP-billing property: every generated overlapping or gapped tier set is rejected, naming the tier")
  void rejectsOverlapsAndGaps() {
    Generated.forAll(
        r -> {
          List<Tier> tiers = new ArrayList<>(Generated.tiers(r));
          int i = r.nextInt(tiers.size());
          Tier t = tiers.get(i);
          BigDecimal shift = Generated.decimal(r, 500, 2).add(new BigDecimal("0.01"));
          boolean gap = i == 0 || r.nextBoolean();
          BigDecimal from = gap ? t.from().add(shift) : t.from().subtract(shift);
          tiers.set(i, new Tier(from, t.to(), t.unitPrice()));
          PlanDecision d = PlanValidator.validate(Plans.withTiers(tiers));
          String field = "price.tiers[" + i + "].from";
          assertThat(d.valid()).as("%s", tiers).isFalse();
          assertThat(d.problems())
              .as("%s", tiers)
              .anySatisfy(
                  p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.message())
                        .contains(i == 0 ? "start at 0" : gap ? "gap" : "overlaps");
                  });
        });
  }
}
