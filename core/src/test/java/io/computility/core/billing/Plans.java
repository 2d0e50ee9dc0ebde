package io.computility.core.billing;

import java.util.Currency;
import java.util.List;

/** Plans the tests price: the seed's GPU-memory tiers in each mode, and plain flat plans. */
final class Plans {

  static final Currency CNY = Currency.getInstance("CNY");

  private Plans() {}

  static PricePlan onDemand(String id, String tenant, Component c, String spec, String perHour) {
    return new PricePlan(
        id,
        tenant,
        "gpu-vm",
        c,
        spec,
        BillingMode.ON_DEMAND,
        PriceUnit.HOUR,
        CNY,
        TieredPrice.flat(Money.of(perHour, "CNY")),
        null,
        null);
  }

  static PricePlan gpuMemory(TierMode mode, PriceUnit unit) {
    return new PricePlan(
        "gpu-mem-" + mode,
        null,
        "gpu-vm",
        Component.GPU_MEMORY,
        null,
        unit.mode(),
        unit,
        CNY,
        new TieredPrice(mode, TieredPriceTest.seedTiers()),
        null,
        null);
  }

  static PricePlan monthly(ProrationRule rule, String monthly, String daily) {
    return new PricePlan(
        "sub-" + rule,
        null,
        "gpu-vm",
        Component.GPU_CARD,
        null,
        BillingMode.SUBSCRIPTION,
        rule.unit(),
        CNY,
        TieredPrice.flat(Money.of(monthly, "CNY")),
        rule,
        daily == null ? null : TieredPrice.flat(Money.of(daily, "CNY")));
  }

  static PricePlan withTiers(List<Tier> tiers) {
    return new PricePlan(
        "tiers",
        null,
        "gpu-vm",
        Component.GPU_MEMORY,
        null,
        BillingMode.ON_DEMAND,
        PriceUnit.HOUR,
        CNY,
        new TieredPrice(TierMode.GRADUATED, tiers),
        null,
        null);
  }
}
