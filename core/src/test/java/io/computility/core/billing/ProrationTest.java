package io.computility.core.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every proration rule on a partial February 2026 (28 days), February 2024 (29 days, leap year) and
 * March 2026 (31 days). Monthly price 310 CNY (fixed daily 12), yearly price 3650 CNY (fixed daily
 * 11). Monthly rows start on the 10th and end on the 1st of the next month (19, 20, 22 days);
 * yearly rows cover the whole calendar month (28, 29, 31 days of a year).
 */
class ProrationTest {

  static final Money MONTHLY = Money.of("310", "CNY");
  static final Money MONTHLY_DAILY = Money.of("12", "CNY");
  static final Money YEARLY = Money.of("3650", "CNY");
  static final Money YEARLY_DAILY = Money.of("11", "CNY");

  static ProratedCharge prorate(ProrationRule rule, LocalDate start, LocalDate end) {
    boolean monthly = rule.unit() == PriceUnit.MONTH;
    return Proration.prorate(
        rule, monthly ? MONTHLY : YEARLY, monthly ? MONTHLY_DAILY : YEARLY_DAILY, start, end);
  }

  @ParameterizedTest(name = "{0} [{1}, {2}) = {3} (bill {4})")
  @CsvSource({
    "MONTHLY_DIV_31,               2026-02-10, 2026-03-01, 190, 190.00",
    "MONTHLY_DIV_31,               2024-02-10, 2024-03-01, 200, 200.00",
    "MONTHLY_DIV_31,               2026-03-10, 2026-04-01, 220, 220.00",
    "MONTHLY_X12_DIV_365,          2026-02-10, 2026-03-01, 193.6438356164383561643835616438356, 193.64",
    "MONTHLY_X12_DIV_365,          2024-02-10, 2024-03-01, 203.8356164383561643835616438356164, 203.84",
    "MONTHLY_X12_DIV_365,          2026-03-10, 2026-04-01, 224.2191780821917808219178082191781, 224.22",
    "MONTHLY_DIV_DAYS_OF_MONTH,    2026-02-10, 2026-03-01, 210.3571428571428571428571428571429, 210.36",
    "MONTHLY_DIV_DAYS_OF_MONTH,    2024-02-10, 2024-03-01, 213.7931034482758620689655172413793, 213.79",
    "MONTHLY_DIV_DAYS_OF_MONTH,    2026-03-10, 2026-04-01, 220, 220.00",
    "MONTHLY_FIXED_DAILY,          2026-02-10, 2026-03-01, 228, 228.00",
    "MONTHLY_FIXED_DAILY,          2024-02-10, 2024-03-01, 240, 240.00",
    "MONTHLY_FIXED_DAILY,          2026-03-10, 2026-04-01, 264, 264.00",
    "MONTHLY_X12_DIV_DAYS_OF_YEAR, 2026-02-10, 2026-03-01, 193.6438356164383561643835616438356, 193.64",
    "MONTHLY_X12_DIV_DAYS_OF_YEAR, 2024-02-10, 2024-03-01, 203.2786885245901639344262295081967, 203.28",
    "MONTHLY_X12_DIV_DAYS_OF_YEAR, 2026-03-10, 2026-04-01, 224.2191780821917808219178082191781, 224.22",
    "YEARLY_DIV_365,               2026-02-01, 2026-03-01, 280, 280.00",
    "YEARLY_DIV_365,               2024-02-01, 2024-03-01, 290, 290.00",
    "YEARLY_DIV_365,               2026-03-01, 2026-04-01, 310, 310.00",
    "YEARLY_FIXED_DAILY,           2026-02-01, 2026-03-01, 308, 308.00",
    "YEARLY_FIXED_DAILY,           2024-02-01, 2024-03-01, 319, 319.00",
    "YEARLY_FIXED_DAILY,           2026-03-01, 2026-04-01, 341, 341.00",
    "YEARLY_DIV_DAYS_OF_YEAR,      2026-02-01, 2026-03-01, 280, 280.00",
    "YEARLY_DIV_DAYS_OF_YEAR,      2024-02-01, 2024-03-01, 289.2076502732240437158469945355191, 289.21",
    "YEARLY_DIV_DAYS_OF_YEAR,      2026-03-01, 2026-04-01, 310, 310.00"
  })
  @DisplayName("NET-7.5 each proration rule on Feb 2026, Feb 2024 (leap) and a 31-day month")
  void workedExamples(
      ProrationRule rule, LocalDate start, LocalDate end, String exact, String billed) {
    ProratedCharge c = prorate(rule, start, end);
    assertThat(c.segments()).singleElement().satisfies(s -> assertThat(s.whole()).isFalse());
    assertThat(c.total().amount()).isEqualByComparingTo(exact);
    assertThat(c.total().roundedForBill().amount().toPlainString()).isEqualTo(billed);
  }

  @ParameterizedTest
  @EnumSource(ProrationRule.class)
  @DisplayName("NET-7.5 a whole calendar period costs the period price under every rule")
  void wholePeriod(ProrationRule rule) {
    boolean monthly = rule.unit() == PriceUnit.MONTH;
    LocalDate start = LocalDate.of(2024, monthly ? 2 : 1, 1);
    LocalDate end = monthly ? start.plusMonths(1) : start.plusYears(1);
    ProratedCharge c = prorate(rule, start, end);
    assertThat(c.segments()).singleElement().satisfies(s -> assertThat(s.whole()).isTrue());
    assertThat(c.total()).isEqualTo(monthly ? MONTHLY : YEARLY);
  }

  @Test
  @DisplayName(
      "NET-7.5 a subscription started mid-month pays its remaining days, then whole months")
  void midMonthStart() {
    ProratedCharge c =
        prorate(
            ProrationRule.MONTHLY_DIV_DAYS_OF_MONTH,
            LocalDate.of(2026, 2, 10),
            LocalDate.of(2026, 4, 1));
    assertThat(c.segments()).hasSize(2);
    ProrationSegment feb = c.segments().get(0);
    assertThat(feb.days()).isEqualTo(19);
    assertThat(feb.quantity()).isEqualTo(Ratio.of(19, 28));
    assertThat(c.segments().get(1).whole()).isTrue();
    assertThat(c.exactTotal()).isEqualTo(Ratio.of(310 * 19, 28).plus(Ratio.of(310, 1)));
    assertThat(c.total().amount()).isEqualByComparingTo("520.3571428571428571428571428571429");
  }

  @Test
  @DisplayName("NET-7.5 instants count calendar days in the zone; a started day counts whole")
  void instants() {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    var start = ZonedDateTime.of(2026, 2, 10, 15, 30, 0, 0, shanghai).toInstant();
    var midnight = ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, shanghai).toInstant();
    var dc = ProrationRule.MONTHLY_DIV_31;
    assertThat(Proration.prorate(dc, MONTHLY, null, start, midnight, shanghai).total())
        .isEqualTo(Money.of("190", "CNY"));
    assertThat(
            Proration.prorate(dc, MONTHLY, null, start, midnight.plusSeconds(60), shanghai).total())
        .isEqualTo(Money.of("200", "CNY"));
  }

  @Test
  @DisplayName("NET-7.5 an empty range costs nothing")
  void empty() {
    LocalDate d = LocalDate.of(2026, 2, 10);
    assertThat(prorate(ProrationRule.MONTHLY_DIV_31, d, d).total().amount()).isZero();
  }
}
