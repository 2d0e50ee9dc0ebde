package io.computility.core.billing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices a usage under a plan without storing anything: the quote endpoint and the cost estimate of
 * a job call it, and rating applies the same function to each day's metered usage. Pure: the same
 * inputs give the same lines.
 */
public final class Quote {

  private Quote() {}

  /**
   * Prices every item under the plan the resolver picks for (tenant, product, item component and
   * spec, mode). The total is the sum of the lines' bill amounts, so it can be recomputed from
   * them.
   */
  public static QuoteResult price(
      PlanResolver plans,
      String tenantId,
      String productId,
      BillingMode mode,
      LocalDate from,
      LocalDate to,
      List<UsageItem> items,
      List<Discount> discounts) {
    if (to.isBefore(from)) {
      throw new QuoteException("to", "must not be before from " + from);
    }
    if (items.isEmpty()) {
      throw new QuoteException("items", "at least one item is required");
    }
    List<QuoteLine> lines = new ArrayList<>();
    Money total = null;
    for (UsageItem item : items) {
      QuoteLine line;
      try {
        PricePlan plan =
            plans
                .resolve(tenantId, productId, item.component(), item.spec(), mode)
                .orElseThrow(
                    () -> new QuoteException("component", "no " + mode + " plan prices it"));
        line = line(tenantId, plan, item, from, to, discounts);
      } catch (QuoteException e) {
        throw e.under("items[" + lines.size() + "]");
      }
      lines.add(line);
      total = total == null ? line.billAmount() : total.plus(line.billAmount());
    }
    return new QuoteResult(lines, total);
  }

  /** Prices one item under one plan over {@code [from, to)}. */
  public static QuoteLine line(
      String tenantId,
      PricePlan plan,
      UsageItem item,
      LocalDate from,
      LocalDate to,
      List<Discount> discounts) {
    PlanDecision decision = PlanValidator.validate(plan);
    if (!decision.valid()) {
      throw new QuoteException("plan", "plan " + plan.id() + " is invalid: " + decision.problems());
    }
    if (item.component() != plan.component()) {
      throw new QuoteException("component", "plan " + plan.id() + " prices " + plan.component());
    }
    if (to.isBefore(from)) {
      throw new QuoteException("to", "must not be before from " + from);
    }
    if (item.quantity() == null || item.quantity().signum() < 0) {
      throw new QuoteException("quantity", "is required and must not be negative");
    }
    List<TierCharge> tiers;
    try {
      tiers = plan.price().charges(item.quantity());
    } catch (IllegalArgumentException e) {
      throw new QuoteException("quantity", e.getMessage());
    }
    Money perUnit = plan.price().price(item.quantity());
    Ratio units = null;
    ProratedCharge proration = null;
    Money charge;
    if (plan.mode() == BillingMode.SUBSCRIPTION) {
      noUnits(item, plan);
      Money daily = plan.dailyPrice() == null ? null : plan.dailyPrice().price(item.quantity());
      proration = Proration.prorate(plan.prorationRule(), perUnit, daily, from, to);
      charge = proration.total();
    } else {
      units =
          plan.mode() == BillingMode.PER_CALL
              ? perCall(item, plan)
              : onDemand(item, plan, from, to);
      charge = units.times(perUnit);
    }
    List<Discount> applicable =
        discounts.stream()
            .filter(d -> d.appliesTo(tenantId, plan.productId(), plan.component(), from, to))
            .toList();
    List<DiscountLine> off = Discounts.apply(charge, applicable);
    Money amount = off.isEmpty() ? charge : off.get(off.size() - 1).after();
    return new QuoteLine(
        plan.id(),
        plan.component(),
        item.spec(),
        plan.mode(),
        plan.unit(),
        from,
        to,
        item.quantity(),
        tiers,
        perUnit,
        units,
        proration,
        charge,
        off,
        amount,
        amount.roundedForBill());
  }

  private static Ratio perCall(UsageItem item, PricePlan plan) {
    noUnits(item, plan);
    return Ratio.ONE;
  }

  private static void noUnits(UsageItem item, PricePlan plan) {
    if (item.units() != null) {
      throw new QuoteException("units", "a " + plan.mode() + " plan takes no units");
    }
  }

  private static Ratio onDemand(UsageItem item, PricePlan plan, LocalDate from, LocalDate to) {
    if (item.units() != null) {
      if (item.units().signum() < 0) {
        throw new QuoteException("units", "must not be negative");
      }
      return Ratio.of(item.units());
    }
    long days = ChronoUnit.DAYS.between(from, to);
    return Ratio.of(plan.unit() == PriceUnit.HOUR ? days * 24 : days, 1);
  }
}
