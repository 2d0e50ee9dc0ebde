package io.computility.core.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One priced usage item and how its amount came about, so that every number traces to its inputs:
 * {@code tiers} price the quantity for one unit (one hour, day, month, year, call or thousand
 * tokens), summing to {@code pricePerUnit}; {@code units} is how many units were used (hours or
 * days on demand, 1 per call; null for a subscription, whose periods and days are in {@code
 * proration}, null otherwise); {@code charge} is the exact product (for a subscription the prorated
 * total), {@code discounts} what came off it, {@code amount} what is left at full precision and
 * {@code billAmount} that amount rounded for the bill (0.01, half-up).
 */
public record QuoteLine(
    String planId,
    Component component,
    String spec,
    BillingMode mode,
    PriceUnit unit,
    LocalDate from,
    LocalDate to,
    BigDecimal quantity,
    List<TierCharge> tiers,
    Money pricePerUnit,
    Ratio units,
    ProratedCharge proration,
    Money charge,
    List<DiscountLine> discounts,
    Money amount,
    Money billAmount) {

  public QuoteLine {
    tiers = List.copyOf(tiers);
    discounts = List.copyOf(discounts);
  }
}
