package io.computility.core.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A discount for one tenant (or every tenant when {@code tenantId} is null), on one product and
 * component (null: any), valid on {@code [validFrom, validUntil)} (null: open). It applies to a
 * priced line only when its window contains the line's whole date range; rating prices day by day,
 * so a window that starts mid-month applies from its first day on. {@link Discounts} states the
 * order in which several discounts apply.
 *
 * @param percent the percentage off, in (0, 100], for {@link DiscountKind#PERCENTAGE}
 * @param amountOff the amount off per line, for {@link DiscountKind#FIXED_AMOUNT}
 */
public record Discount(
    String id,
    String tenantId,
    String productId,
    Component component,
    DiscountKind kind,
    BigDecimal percent,
    Money amountOff,
    LocalDate validFrom,
    LocalDate validUntil) {

  public static Discount percentage(String id, String tenantId, String percent) {
    return new Discount(
        id,
        tenantId,
        null,
        null,
        DiscountKind.PERCENTAGE,
        new BigDecimal(percent),
        null,
        null,
        null);
  }

  public static Discount amountOff(String id, String tenantId, Money off) {
    return new Discount(id, tenantId, null, null, DiscountKind.FIXED_AMOUNT, null, off, null, null);
  }

  public Discount within(LocalDate from, LocalDate until) {
    return new Discount(id, tenantId, productId, component, kind, percent, amountOff, from, until);
  }

  public Discount on(String product, Component comp) {
    return new Discount(
        id, tenantId, product, comp, kind, percent, amountOff, validFrom, validUntil);
  }

  /**
   * Whether it applies to this tenant's line of {@code product}/{@code comp} over {@code [from,
   * to)}.
   */
  public boolean appliesTo(
      String tenant, String product, Component comp, LocalDate from, LocalDate to) {
    return (tenantId == null || tenantId.equals(tenant))
        && (productId == null || productId.equals(product))
        && (component == null || component == comp)
        && (validFrom == null || !from.isBefore(validFrom))
        && (validUntil == null || !to.isAfter(validUntil));
  }
}
