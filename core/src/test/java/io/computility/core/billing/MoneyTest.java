package io.computility.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @Test
  @DisplayName("CMP-billing money adds and multiplies exactly and compares amounts numerically")
  void exactArithmetic() {
    Money a = Money.of("0.1", "CNY");
    assertThat(a.plus(Money.of("0.2", "CNY"))).isEqualTo(Money.of("0.30", "CNY"));
    assertThat(a.times(new BigDecimal("3")).amount()).isEqualByComparingTo("0.3");
    assertThat(Money.of("1.0", "CNY")).isEqualTo(Money.of("1.00", "CNY"));
    assertThat(Money.of("1.0", "CNY").hashCode()).isEqualTo(Money.of("1.00", "CNY").hashCode());
    assertThat(Money.of("5", "CNY").minus(Money.of("7.5", "CNY")).isNegative()).isTrue();
  }

  @Test
  @DisplayName("CMP-billing combining two currencies throws an exception naming both")
  void currencyMismatch() {
    assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "USD")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("CNY")
        .hasMessageContaining("USD")
        .satisfies(
            e -> {
              var m = (CurrencyMismatchException) e;
              assertThat(m.expected().getCurrencyCode()).isEqualTo("CNY");
              assertThat(m.actual().getCurrencyCode()).isEqualTo("USD");
            });
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.005, 0.01",
    "0.004999, 0.00",
    "2.345, 2.35",
    "193.6438356164383561643835616438356, 193.64",
    "210.3571428571428571428571428571429, 210.36",
    "-2.345, -2.35",
    "7, 7.00"
  })
  @DisplayName("CMP-billing the bill line rounds once to 0.01, half-up")
  void billRounding(String amount, String billed) {
    Money rounded = Money.of(amount, "CNY").roundedForBill();
    assertThat(rounded.amount().toPlainString()).isEqualTo(billed);
  }

  @Test
  @DisplayName("CMP-billing ratios stay exact and divide once at 34 significant digits")
  void ratios() {
    assertThat(Ratio.of(2, 4)).isEqualTo(Ratio.of(1, 2));
    assertThat(Ratio.of(new BigDecimal("0.250"))).isEqualTo(Ratio.of(1, 4));
    assertThat(Ratio.of(1, 3).plus(Ratio.of(2, 3))).isEqualTo(Ratio.ONE);
    assertThat(Ratio.of(1, 4).times(Money.of("10", "CNY")).amount()).isEqualByComparingTo("2.5");
    assertThat(Ratio.of(1, 3).times(Money.of("1", "CNY")).amount().toPlainString())
        .isEqualTo("0.3333333333333333333333333333333333");
  }
}
