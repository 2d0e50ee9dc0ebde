package io.computility.core.billing;

import java.math.BigDecimal;

/**
 * One quantity of one component to price: how much of it ({@code quantity}: GiB, cards, cores,
 * percent of a card; for per-call plans the number of calls or of thousand tokens) and, for
 * on-demand plans, for how many hours or days ({@code units}, null meaning the whole date range).
 */
public record UsageItem(Component component, String spec, BigDecimal quantity, BigDecimal units) {

  public static UsageItem of(Component component, String quantity) {
    return new UsageItem(component, null, new BigDecimal(quantity), null);
  }

  public UsageItem forUnits(String units) {
    return new UsageItem(component, spec, quantity, new BigDecimal(units));
  }
}
