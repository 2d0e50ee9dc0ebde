package io.computility.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PricingQuoteTest {

  static final LocalDate FEB10 = LocalDate.of(2026, 2, 10);
  static final LocalDate MAR1 = LocalDate.of(2026, 3, 1);

  static Money cny(String a) {
    return Money.of(a, "CNY");
  }

  static QuoteLine line(PricePlan plan, UsageItem item, List<Discount> discounts) {
    return Quote.line("t1", plan, item, FEB10, MAR1, discounts);
  }

  @Test
  @DisplayName("NET-7.5 on demand: 150 G of GPU memory for 10 hours, graduated 2000, volume 3000")
  void onDemandTiers() {
    UsageItem item = UsageItem.of(Component.GPU_MEMORY, "150").forUnits("10");
    QuoteLine g = line(Plans.gpuMemory(TierMode.GRADUATED, PriceUnit.HOUR), item, List.of());
    assertThat(g.tiers()).hasSize(2);
    assertThat(g.pricePerUnit()).isEqualTo(cny("200"));
    assertThat(g.units()).isEqualTo(Ratio.of(10, 1));
    assertThat(g.billAmount().amount().toPlainString()).isEqualTo("2000.00");
    QuoteLine v = line(Plans.gpuMemory(TierMode.VOLUME, PriceUnit.HOUR), item, List.of());
    assertThat(v.tiers()).singleElement().satisfies(t -> assertThat(t.tier()).isEqualTo(1));
    assertThat(v.billAmount()).isEqualTo(cny("3000"));
  }

  @Test
  @DisplayName("NET-7.5 on demand without hours runs the whole range: 19 days × 24 h")
  void onDemandWholeRange() {
    PricePlan plan = Plans.onDemand("p", null, Component.GPU_CARD, null, "2.5");
    QuoteLine l = line(plan, UsageItem.of(Component.GPU_CARD, "2"), List.of());
    assertThat(l.units()).isEqualTo(Ratio.of(456, 1));
    assertThat(l.charge()).isEqualTo(cny("2280"));
  }

  @Test
  @DisplayName("NET-7.5 per call: 1234.5 thousand tokens at 0.012 is 14.814, billed 14.81")
  void perCall() {
    PricePlan plan =
        new PricePlan(
            "tok",
            null,
            "qwen",
            Component.TOKENS,
            null,
            BillingMode.PER_CALL,
            PriceUnit.K_TOKENS,
            Plans.CNY,
            TieredPrice.flat(cny("0.012")),
            null,
            null);
    QuoteLine l = line(plan, UsageItem.of(Component.TOKENS, "1234.5"), List.of());
    assertThat(l.charge()).isEqualTo(cny("14.814"));
    assertThat(l.billAmount().amount().toPlainString()).isEqualTo("14.81");
  }

  @Test
  @DisplayName("NET-7.5 subscription: 150 G graduated (200 a month) from Feb 10, days of month")
  void subscription() {
    PricePlan tiered = Plans.gpuMemory(TierMode.GRADUATED, PriceUnit.MONTH);
    PricePlan plan =
        new PricePlan(
            "sub",
            null,
            "gpu-vm",
            Component.GPU_MEMORY,
            null,
            BillingMode.SUBSCRIPTION,
            PriceUnit.MONTH,
            Plans.CNY,
            tiered.price(),
            ProrationRule.MONTHLY_DIV_DAYS_OF_MONTH,
            null);
    QuoteLine l = line(plan, UsageItem.of(Component.GPU_MEMORY, "150"), List.of());
    assertThat(l.units()).isNull();
    assertThat(l.proration().segments())
        .singleElement()
        .satisfies(s -> assertThat(s.quantity()).isEqualTo(Ratio.of(19, 28)));
    assertThat(l.charge().amount()).isEqualByComparingTo("135.7142857142857142857142857142857");
    assertThat(l.billAmount().amount().toPlainString()).isEqualTo("135.71");
  }

  @Test
  @DisplayName("CMP-billing discounts: percentages first, compounding, then fixed amounts, floored")
  void discounts() {
    PricePlan plan = Plans.gpuMemory(TierMode.GRADUATED, PriceUnit.HOUR);
    UsageItem item = UsageItem.of(Component.GPU_MEMORY, "150").forUnits("10");
    List<Discount> ds =
        List.of(
            Discount.amountOff("a-fixed", "t1", cny("5")),
            Discount.percentage("c-20", "t1", "20"),
            Discount.percentage("b-10", null, "10"),
            Discount.percentage("other-tenant", "t2", "50"),
            Discount.percentage("expired", "t1", "50").within(FEB10.minusDays(30), FEB10),
            Discount.percentage("half-window", "t1", "50").within(FEB10, FEB10.plusDays(5)),
            Discount.percentage("other-product", "t1", "50").on("cpu-vm", null));
    QuoteLine l = line(plan, item, ds);
    assertThat(l.discounts())
        .extracting(DiscountLine::discountId)
        .containsExactly("b-10", "c-20", "a-fixed");
    assertThat(l.discounts())
        .extracting(DiscountLine::after)
        .containsExactly(cny("1800"), cny("1440"), cny("1435"));
    assertThat(l.amount()).isEqualTo(cny("1435"));
    QuoteLine floored = line(plan, item, List.of(Discount.amountOff("big", "t1", cny("99999"))));
    assertThat(floored.amount()).isEqualTo(cny("0"));
    assertThat(Discounts.validate(Discount.percentage("x", null, "120")).fields())
        .containsExactly("percent");
    assertThatThrownBy(
            () -> line(plan, item, List.of(Discount.amountOff("usd", null, Money.of("1", "USD")))))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  @DisplayName("CMP-billing a quote over several items totals its lines' bill amounts")
  void quoteTotals() {
    PlanResolver plans =
        new PlanResolver(
            List.of(
                Plans.gpuMemory(TierMode.GRADUATED, PriceUnit.HOUR),
                Plans.onDemand("cpu", null, Component.CPU, null, "0.0333")));
    QuoteResult r =
        Quote.price(
            plans,
            "t1",
            "gpu-vm",
            BillingMode.ON_DEMAND,
            FEB10,
            MAR1,
            List.of(
                UsageItem.of(Component.GPU_MEMORY, "150").forUnits("10"),
                UsageItem.of(Component.CPU, "3").forUnits("1")),
            List.of());
    assertThat(r.lines())
        .extracting(l -> l.billAmount().amount().toPlainString())
        .containsExactly("2000.00", "0.10");
    assertThat(r.lines().get(1).amount().amount()).isEqualByComparingTo("0.0999");
    assertThat(r.total()).isEqualTo(cny("2000.10"));
  }

  @Test
  @DisplayName("CMP-billing bad quote input names the item field at fault")
  void badInput() {
    PlanResolver plans =
        new PlanResolver(List.of(Plans.gpuMemory(TierMode.VOLUME, PriceUnit.HOUR)));
    List<UsageItem> items =
        List.of(
            UsageItem.of(Component.GPU_MEMORY, "1"),
            new UsageItem(Component.GPU_MEMORY, null, new BigDecimal("-3"), null));
    assertThatThrownBy(
            () ->
                Quote.price(
                    plans, "t1", "gpu-vm", BillingMode.ON_DEMAND, FEB10, MAR1, items, List.of()))
        .isInstanceOf(QuoteException.class)
        .satisfies(e -> assertThat(((QuoteException) e).field()).isEqualTo("items[1].quantity"));
    List<UsageItem> tooMuch = List.of(UsageItem.of(Component.GPU_MEMORY, "201"));
    assertThatThrownBy(
            () ->
                Quote.price(
                    plans, "t1", "gpu-vm", BillingMode.ON_DEMAND, FEB10, MAR1, tooMuch, List.of()))
        .satisfies(e -> assertThat(((QuoteException) e).field()).isEqualTo("items[0].quantity"));
    List<UsageItem> noPlan = List.of(UsageItem.of(Component.CPU, "1"));
    assertThatThrownBy(
            () ->
                Quote.price(
                    plans, "t1", "gpu-vm", BillingMode.ON_DEMAND, FEB10, MAR1, noPlan, List.of()))
        .satisfies(e -> assertThat(((QuoteException) e).field()).isEqualTo("items[0].component"));
    assertThatThrownBy(
            () ->
                Quote.price(
                    plans, "t1", "gpu-vm", BillingMode.ON_DEMAND, MAR1, FEB10, tooMuch, List.of()))
        .satisfies(e -> assertThat(((QuoteException) e).field()).isEqualTo("to"));
    assertThatThrownBy(
            () ->
                Quote.price(
                    plans,
                    "t1",
                    "gpu-vm",
                    BillingMode.ON_DEMAND,
                    FEB10,
                    MAR1,
                    List.of(),
                    List.of()))
        .satisfies(e -> assertThat(((QuoteException) e).field()).isEqualTo("items"));
    List<UsageItem> unitsOnCall = List.of(UsageItem.of(Component.TOKENS, "1").forUnits("2"));
    PlanResolver tokens =
        new PlanResolver(
            List.of(
                new PricePlan(
                    "tok",
                    null,
                    "qwen",
                    Component.TOKENS,
                    null,
                    BillingMode.PER_CALL,
                    PriceUnit.K_TOKENS,
                    Plans.CNY,
                    TieredPrice.flat(cny("0.01")),
                    null,
                    null)));
    assertThatThrownBy(
            () ->
                Quote.price(
                    tokens,
                    "t1",
                    "qwen",
                    BillingMode.PER_CALL,
                    FEB10,
                    MAR1,
                    unitsOnCall,
                    List.of()))
        .satisfies(e -> assertThat(((QuoteException) e).field()).isEqualTo("items[0].units"));
  }
}
