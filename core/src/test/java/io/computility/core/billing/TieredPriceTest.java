package io.computility.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TieredPriceTest {

  /**
   * Seed 003: GPU memory 1–100 G at 1 per G, 101–200 G at 2 per G, i.e. (0, 100] and (100, 200].
   */
  static List<Tier> seedTiers() {
    return List.of(
        Tier.of("0", "100", Money.of("1", "CNY")), Tier.of("100", "200", Money.of("2", "CNY")));
  }

  static TieredPrice seed(TierMode mode) {
    return new TieredPrice(mode, seedTiers());
  }

  @ParameterizedTest(name = "{0} G: graduated {1}, volume {2}")
  @CsvSource({
    "0, 0, 0",
    "50, 50, 50",
    "100, 100, 100",
    "100.5, 101.0, 201.0",
    "150, 200, 300",
    "200, 300, 400"
  })
  @DisplayName("NET-7.5 seed 003 GPU-memory example priced graduated and volume")
  void seedExample(String quantity, String graduated, String volume) {
    BigDecimal q = new BigDecimal(quantity);
    assertThat(seed(TierMode.GRADUATED).price(q)).isEqualTo(Money.of(graduated, "CNY"));
    assertThat(seed(TierMode.VOLUME).price(q)).isEqualTo(Money.of(volume, "CNY"));
  }

  @Test
  @DisplayName("NET-7.5 graduated 150 G shows one charge per tier, volume one charge at tier 2")
  void breakdown() {
    List<TierCharge> g = seed(TierMode.GRADUATED).charges(new BigDecimal("150"));
    assertThat(g).hasSize(2);
    assertThat(g.get(0).quantity()).isEqualByComparingTo("100");
    assertThat(g.get(0).amount()).isEqualTo(Money.of("100", "CNY"));
    assertThat(g.get(1).tier()).isEqualTo(1);
    assertThat(g.get(1).quantity()).isEqualByComparingTo("50");
    assertThat(g.get(1).unitPrice()).isEqualTo(Money.of("2", "CNY"));
    assertThat(g.get(1).amount()).isEqualTo(Money.of("100", "CNY"));
    List<TierCharge> v = seed(TierMode.VOLUME).charges(new BigDecimal("150"));
    assertThat(v).singleElement().satisfies(c -> assertThat(c.tier()).isEqualTo(1));
    assertThat(v.get(0).amount()).isEqualTo(Money.of("300", "CNY"));
  }

  @Test
  @DisplayName("NET-7.5 a quantity above the last bounded tier or below zero is refused")
  void outOfRange() {
    assertThatThrownBy(() -> seed(TierMode.GRADUATED).price(new BigDecimal("200.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("200.01");
    assertThatThrownBy(() -> seed(TierMode.VOLUME).price(new BigDecimal("-1")))
        .hasMessageContaining("negative");
  }

  @Test
  @DisplayName("NET-7.5 a flat price is one unbounded tier")
  void flat() {
    TieredPrice flat = TieredPrice.flat(Money.of("0.8", "CNY"));
    assertThat(flat.price(new BigDecimal("1000000"))).isEqualTo(Money.of("800000", "CNY"));
  }
}
