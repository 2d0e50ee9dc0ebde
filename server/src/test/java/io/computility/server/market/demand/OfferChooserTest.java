package io.computility.server.market.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NET-8.4 auto-accept rules pick their offer")
class OfferChooserTest {
  static final Instant NOW = Instant.parse("2026-12-08T00:00:00Z");

  static Offer offer(
      String center, String price, String kwh, double perf, double score, long startIn) {
    return new Offer(
        "o-" + center,
        1,
        center,
        "r",
        "s",
        1,
        1,
        1,
        0,
        new BigDecimal(price),
        new BigDecimal(price),
        NOW.plusSeconds(startIn),
        new BigDecimal(kwh),
        score,
        perf);
  }

  final List<Offer> offers =
      List.of(
          offer("cheap", "10", "9", 0.8, 40, 0),
          offer("fast", "30", "16", 2.0, 60, 0),
          offer("green", "20", "5", 1.0, 50, 3600));

  @Test
  @DisplayName(
      "NET-8.4 CHEAPEST, FASTEST (earliest start, then performance), GREENEST, WEIGHTED, MANUAL")
  void rules() {
    assertThat(OfferChooser.choose(DemandRule.CHEAPEST, Map.of(), offers).get().centerId())
        .isEqualTo("cheap");
    assertThat(OfferChooser.choose(DemandRule.FASTEST, Map.of(), offers).get().centerId())
        .isEqualTo("fast");
    assertThat(OfferChooser.choose(DemandRule.GREENEST, Map.of(), offers).get().centerId())
        .isEqualTo("green");
    assertThat(
            OfferChooser.choose(DemandRule.WEIGHTED, Map.of("price", 1.0), offers).get().centerId())
        .isEqualTo("cheap");
    assertThat(
            OfferChooser.choose(DemandRule.WEIGHTED, Map.of("energy", 1.0, "price", 0.5), offers)
                .get()
                .centerId())
        .isEqualTo("green");
    assertThat(OfferChooser.choose(DemandRule.MANUAL, Map.of(), offers)).isEmpty();
    assertThat(OfferChooser.choose(DemandRule.CHEAPEST, Map.of(), List.of())).isEmpty();
  }

  @Test
  @DisplayName("NET-8.4 equal prices fall to the higher scheduler score")
  void ties() {
    List<Offer> same =
        List.of(offer("a", "10", "1", 1, 30, 0), offer("b", "10.0000", "1", 1, 70, 0));
    assertThat(OfferChooser.choose(DemandRule.CHEAPEST, Map.of(), same).get().centerId())
        .isEqualTo("b");
  }
}
