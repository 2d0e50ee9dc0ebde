package io.computility.core.billing;

import java.time.LocalDate;

/**
 * How the daily price of a monthly or yearly price is found (seed 003: 月单价/31天、月单价*12/365天、
 * 月单价/当月实际天数、固定天单价、月单价*12/当年天数; 年单价/365天、固定天单价、年单价/当年天数). Chosen per plan; it prices the days of a
 * calendar period a subscription covers only in part. "That month" and "that year" are the calendar
 * month and year of the day being priced.
 */
public enum ProrationRule {
  /** Monthly price / 31. */
  MONTHLY_DIV_31(PriceUnit.MONTH),
  /** Monthly price × 12 / 365. */
  MONTHLY_X12_DIV_365(PriceUnit.MONTH),
  /** Monthly price / the days of that month (28, 29, 30 or 31). */
  MONTHLY_DIV_DAYS_OF_MONTH(PriceUnit.MONTH),
  /** A daily price fixed in the plan ({@link PricePlan#dailyPrice()}). */
  MONTHLY_FIXED_DAILY(PriceUnit.MONTH),
  /** Monthly price × 12 / the days of that year (365 or 366). */
  MONTHLY_X12_DIV_DAYS_OF_YEAR(PriceUnit.MONTH),
  /** Yearly price / 365. */
  YEARLY_DIV_365(PriceUnit.YEAR),
  /** A daily price fixed in the plan ({@link PricePlan#dailyPrice()}). */
  YEARLY_FIXED_DAILY(PriceUnit.YEAR),
  /** Yearly price / the days of that year (365 or 366). */
  YEARLY_DIV_DAYS_OF_YEAR(PriceUnit.YEAR);

  private final PriceUnit unit;

  ProrationRule(PriceUnit unit) {
    this.unit = unit;
  }

  /** The subscription unit (MONTH or YEAR) whose price this rule divides. */
  public PriceUnit unit() {
    return unit;
  }

  public boolean fixedDaily() {
    return this == MONTHLY_FIXED_DAILY || this == YEARLY_FIXED_DAILY;
  }

  /**
   * The share of the period price one day costs, for a day in the period containing {@code day};
   * not defined for the fixed-daily rules (their daily price is an amount, not a share).
   */
  public Ratio dailyShare(LocalDate day) {
    return switch (this) {
      case MONTHLY_DIV_31 -> Ratio.of(1, 31);
      case MONTHLY_X12_DIV_365 -> Ratio.of(12, 365);
      case MONTHLY_DIV_DAYS_OF_MONTH -> Ratio.of(1, day.lengthOfMonth());
      case MONTHLY_X12_DIV_DAYS_OF_YEAR -> Ratio.of(12, day.lengthOfYear());
      case YEARLY_DIV_365 -> Ratio.of(1, 365);
      case YEARLY_DIV_DAYS_OF_YEAR -> Ratio.of(1, day.lengthOfYear());
      case MONTHLY_FIXED_DAILY, YEARLY_FIXED_DAILY ->
          throw new IllegalStateException(this + " has a fixed daily price, not a share");
    };
  }

  /** First day of the calendar period (month or year) containing {@code day}. */
  public LocalDate periodStart(LocalDate day) {
    return unit == PriceUnit.MONTH ? day.withDayOfMonth(1) : day.withDayOfYear(1);
  }

  /** First day after the calendar period starting at {@code periodStart}. */
  public LocalDate periodEnd(LocalDate periodStart) {
    return unit == PriceUnit.MONTH ? periodStart.plusMonths(1) : periodStart.plusYears(1);
  }
}
