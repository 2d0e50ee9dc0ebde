package io.computility.core.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prices a subscription over {@code [start, end)} (dates, end exclusive). The range is cut at
 * calendar-period bounds (months for monthly rules, years for yearly ones); a period covered whole
 * costs the period price, a period covered in part costs its days at the rule's daily price. A
 * subscription started mid-month thus pays its first month's remaining days, then whole months.
 */
public final class Proration {

  private Proration() {}

  /**
   * @param periodPrice the price of one whole period (month or year) for the subscribed quantity
   * @param dailyPrice the fixed daily price, required by the fixed-daily rules, ignored otherwise
   */
  public static ProratedCharge prorate(
      ProrationRule rule, Money periodPrice, Money dailyPrice, LocalDate start, LocalDate end) {
    Objects.requireNonNull(rule, "rule");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    if (rule.fixedDaily()) {
      periodPrice.sameCurrency(Objects.requireNonNull(dailyPrice, "dailyPrice"));
    }
    List<ProrationSegment> segments = new ArrayList<>();
    LocalDate cursor = start;
    while (cursor.isBefore(end)) {
      LocalDate periodStart = rule.periodStart(cursor);
      LocalDate periodEnd = rule.periodEnd(periodStart);
      LocalDate segEnd = end.isBefore(periodEnd) ? end : periodEnd;
      segments.add(segment(rule, periodPrice, dailyPrice, cursor, segEnd, periodStart, periodEnd));
      cursor = segEnd;
    }
    return new ProratedCharge(rule, periodPrice, segments);
  }

  /**
   * The same for instants: days are calendar days in {@code zone}; the start's day counts from its
   * beginning and a day the end falls inside counts whole (an end at midnight excludes that day).
   */
  public static ProratedCharge prorate(
      ProrationRule rule,
      Money periodPrice,
      Money dailyPrice,
      Instant start,
      Instant end,
      ZoneId zone) {
    LocalDate from = start.atZone(zone).toLocalDate();
    var endAt = end.atZone(zone);
    LocalDate to = endAt.toLocalDate();
    if (!endAt.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      to = to.plusDays(1);
    }
    return prorate(rule, periodPrice, dailyPrice, from, to);
  }

  private static ProrationSegment segment(
      ProrationRule rule,
      Money periodPrice,
      Money dailyPrice,
      LocalDate from,
      LocalDate to,
      LocalDate periodStart,
      LocalDate periodEnd) {
    long days = ChronoUnit.DAYS.between(from, to);
    boolean whole = from.equals(periodStart) && to.equals(periodEnd);
    Money unitPrice;
    Ratio quantity;
    if (whole) {
      unitPrice = periodPrice;
      quantity = Ratio.ONE;
    } else if (rule.fixedDaily()) {
      unitPrice = dailyPrice;
      quantity = Ratio.of(days, 1);
    } else {
      unitPrice = periodPrice;
      quantity = Ratio.of(days, 1).times(rule.dailyShare(from));
    }
    return new ProrationSegment(
        from,
        to,
        periodStart,
        periodEnd,
        days,
        whole,
        unitPrice,
        quantity,
        quantity.times(unitPrice));
  }
}
