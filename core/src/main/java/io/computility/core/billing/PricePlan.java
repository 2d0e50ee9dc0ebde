package io.computility.core.billing;

import java.util.Currency;

/**
 * A price for one product (or one component of it, or one spec of that component) in one billing
 * mode (seed 003 计费策略: "按商品、组件、组件规格设置定价，每种定价多种计费模式"). {@code tenantId} null is the default plan; a
 * tenant's own plan overrides it ({@link PlanResolver}). {@code spec} null applies to every spec of
 * the component. The unit price is per unit of the component's quantity per {@code unit} (e.g. per
 * GiB of GPU memory per hour). Only valid plans are priced: check with {@link PlanValidator} when a
 * plan is written.
 *
 * @param price the tiered price per quantity and unit (per month or year for subscriptions)
 * @param prorationRule how subscriptions are prorated; required for, and only for, SUBSCRIPTION
 * @param dailyPrice the fixed daily price, tiered like {@code price}; only for fixed-daily rules
 */
public record PricePlan(
    String id,
    String tenantId,
    String productId,
    Component component,
    String spec,
    BillingMode mode,
    PriceUnit unit,
    Currency currency,
    TieredPrice price,
    ProrationRule prorationRule,
    TieredPrice dailyPrice) {

  /** Whether this is the platform's default plan rather than one tenant's own. */
  public boolean isDefault() {
    return tenantId == null;
  }
}
