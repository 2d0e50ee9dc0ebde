package io.computility.core.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PricingPlanValidatorTest {

  static Money cny(String a) {
    return Money.of(a, "CNY");
  }

  @Test
  @DisplayName("CMP-billing valid plans of every mode pass")
  void validPlans() {
    assertThat(PlanValidator.validate(Plans.gpuMemory(TierMode.GRADUATED, PriceUnit.HOUR)).valid())
        .isTrue();
    assertThat(PlanValidator.validate(Plans.gpuMemory(TierMode.VOLUME, PriceUnit.MONTH)).problems())
        .extracting(PlanProblem::field)
        .containsExactly("prorationRule");
    for (ProrationRule r : ProrationRule.values()) {
      PricePlan p = Plans.monthly(r, "310", r.fixedDaily() ? "12" : null);
      assertThat(PlanValidator.validate(p).problems()).as(r.name()).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "CMP-billing overlapping, gapped, unordered and unbounded-in-the-middle tiers are named")
  void badTiers() {
    PlanDecision d =
        PlanValidator.validate(
            Plans.withTiers(
                List.of(
                    Tier.of("1", "100", cny("1")),
                    Tier.of("101", "200", cny("2")),
                    Tier.of("150", "300", cny("3")),
                    Tier.of("300", null, cny("4")),
                    Tier.of("400", "350", cny("5")))));
    assertThat(d.valid()).isFalse();
    assertThat(d.fields())
        .containsExactly(
            "price.tiers[0].from",
            "price.tiers[1].from",
            "price.tiers[2].from",
            "price.tiers[3].to",
            "price.tiers[4].from",
            "price.tiers[4].to");
    assertThat(d.problems().get(1).message()).contains("gap").contains("from = 100");
    assertThat(d.problems().get(2).message()).contains("overlaps");
  }

  @Test
  @DisplayName("CMP-billing negative prices and another currency inside a plan are named")
  void pricesAndCurrency() {
    PlanDecision d =
        PlanValidator.validate(
            Plans.withTiers(
                List.of(
                    Tier.of("0", "100", cny("-1")), Tier.of("100", null, Money.of("2", "USD")))));
    assertThat(d.fields()).containsExactly("price.tiers[0].unitPrice", "price.tiers[1].unitPrice");
    assertThat(d.problems().get(0).message()).contains("negative");
    assertThat(d.problems().get(1).message()).contains("USD").contains("CNY");
  }

  @Test
  @DisplayName("CMP-billing a unit of another mode and a proration rule the mode forbids are named")
  void modesUnitsRules() {
    PricePlan onDemand = Plans.onDemand("p", null, Component.CPU, null, "1");
    PricePlan wrongUnit =
        new PricePlan(
            "p",
            null,
            "x",
            Component.CPU,
            null,
            BillingMode.ON_DEMAND,
            PriceUnit.MONTH,
            Plans.CNY,
            onDemand.price(),
            null,
            null);
    assertThat(PlanValidator.validate(wrongUnit).fields()).containsExactly("unit");
    PricePlan ruleOnDemand =
        new PricePlan(
            "p",
            null,
            "x",
            Component.CPU,
            null,
            BillingMode.ON_DEMAND,
            PriceUnit.HOUR,
            Plans.CNY,
            onDemand.price(),
            ProrationRule.MONTHLY_DIV_31,
            null);
    assertThat(PlanValidator.validate(ruleOnDemand).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("ON_DEMAND allows no proration"));
    PricePlan yearlyRuleMonthly = Plans.monthly(ProrationRule.YEARLY_DIV_365, "1", null);
    PricePlan mismatch =
        new PricePlan(
            "p",
            null,
            "x",
            Component.CPU,
            null,
            BillingMode.SUBSCRIPTION,
            PriceUnit.MONTH,
            Plans.CNY,
            onDemand.price(),
            ProrationRule.YEARLY_DIV_365,
            null);
    assertThat(PlanValidator.validate(yearlyRuleMonthly).valid()).isTrue();
    assertThat(PlanValidator.validate(mismatch).fields()).containsExactly("prorationRule");
    PricePlan tokensPerHour =
        new PricePlan(
            "p",
            null,
            "x",
            Component.TOKENS,
            null,
            BillingMode.ON_DEMAND,
            PriceUnit.HOUR,
            Plans.CNY,
            onDemand.price(),
            null,
            null);
    assertThat(PlanValidator.validate(tokensPerHour).fields()).containsExactly("unit");
  }

  @Test
  @DisplayName(
      "CMP-billing a fixed-daily rule needs a daily price tiered like the price, others none")
  void dailyPrice() {
    assertThat(
            PlanValidator.validate(Plans.monthly(ProrationRule.MONTHLY_FIXED_DAILY, "310", null))
                .fields())
        .containsExactly("dailyPrice");
    assertThat(
            PlanValidator.validate(Plans.monthly(ProrationRule.MONTHLY_DIV_31, "310", "12"))
                .fields())
        .containsExactly("dailyPrice");
    PricePlan tiered = Plans.gpuMemory(TierMode.GRADUATED, PriceUnit.MONTH);
    PricePlan otherShape =
        new PricePlan(
            "p",
            null,
            "x",
            Component.GPU_MEMORY,
            null,
            BillingMode.SUBSCRIPTION,
            PriceUnit.MONTH,
            Plans.CNY,
            tiered.price(),
            ProrationRule.MONTHLY_FIXED_DAILY,
            TieredPrice.flat(cny("0.1")));
    assertThat(PlanValidator.validate(otherShape).fields()).containsExactly("dailyPrice.tiers");
  }

  @Test
  @DisplayName("CMP-billing missing fields are listed, not thrown")
  void missing() {
    PricePlan empty =
        new PricePlan(" ", null, null, null, null, null, null, null, null, null, null);
    assertThat(PlanValidator.validate(empty).fields())
        .containsExactly("id", "productId", "component", "currency", "mode", "price");
    PricePlan blankKeys =
        new PricePlan(
            "p",
            "",
            "gpu-vm",
            Component.CPU,
            " ",
            BillingMode.ON_DEMAND,
            PriceUnit.HOUR,
            Plans.CNY,
            TieredPrice.flat(cny("1")),
            null,
            null);
    assertThat(PlanValidator.validate(blankKeys).fields()).containsExactly("tenantId", "spec");
  }
}
