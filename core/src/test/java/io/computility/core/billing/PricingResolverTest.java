package io.computility.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PricingResolverTest {

  static final PricePlan DEFAULT_ANY =
      Plans.onDemand("d-any", null, Component.GPU_CARD, null, "10");
  static final PricePlan DEFAULT_A100 =
      Plans.onDemand("d-a100", null, Component.GPU_CARD, "A100", "12");
  static final PricePlan T1_ANY = Plans.onDemand("t1-any", "t1", Component.GPU_CARD, null, "8");
  static final PricePlan T1_A100 = Plans.onDemand("t1-a100", "t1", Component.GPU_CARD, "A100", "9");
  static final PricePlan T2_ANY = Plans.onDemand("t2-any", "t2", Component.GPU_CARD, null, "7");

  static String pick(List<PricePlan> plans, String tenant, String spec) {
    return new PlanResolver(plans)
        .resolve(tenant, "gpu-vm", Component.GPU_CARD, spec, BillingMode.ON_DEMAND)
        .map(PricePlan::id)
        .orElse("none");
  }

  @Test
  @DisplayName(
      "CMP-billing a tenant's plan overrides the default; a spec's plan overrides any-spec")
  void order() {
    List<PricePlan> all = List.of(DEFAULT_ANY, DEFAULT_A100, T1_ANY, T1_A100, T2_ANY);
    assertThat(pick(all, "t1", "A100")).isEqualTo("t1-a100");
    assertThat(pick(all, "t1", "H100")).isEqualTo("t1-any");
    assertThat(pick(List.of(DEFAULT_ANY, DEFAULT_A100, T1_ANY), "t1", "A100")).isEqualTo("t1-any");
    assertThat(pick(all, "t3", "A100")).isEqualTo("d-a100");
    assertThat(pick(all, "t3", "H100")).isEqualTo("d-any");
    assertThat(pick(List.of(T2_ANY, DEFAULT_A100), "t1", "H100")).isEqualTo("none");
  }

  @Test
  @DisplayName("CMP-billing the mode and product must match, and two plans at one rank are refused")
  void modeAndAmbiguity() {
    PlanResolver r = new PlanResolver(List.of(DEFAULT_ANY));
    assertThat(r.resolve("t1", "gpu-vm", Component.GPU_CARD, null, BillingMode.SUBSCRIPTION))
        .isEmpty();
    assertThat(r.resolve("t1", "other", Component.GPU_CARD, null, BillingMode.ON_DEMAND)).isEmpty();
    PricePlan twin = Plans.onDemand("d-any-2", null, Component.GPU_CARD, null, "11");
    assertThatThrownBy(() -> pick(List.of(DEFAULT_ANY, twin), "t1", null))
        .hasMessageContaining("d-any")
        .hasMessageContaining("d-any-2");
  }
}
