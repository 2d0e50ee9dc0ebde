package io.computility.server.market.demand;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the offer a rule accepts among those within the budget. Ties fall to the higher scheduler
 * score, then to the better rank. WEIGHTED scores each offer on four criteria normalised to 0..1
 * (price: cheapest / its price; speed: its performance / the best; energy: least / its energy;
 * score / 100) and takes the highest weighted sum.
 */
final class OfferChooser {
  static final List<String> CRITERIA = List.of("price", "speed", "energy", "score");

  private OfferChooser() {}

  static Optional<Offer> choose(DemandRule rule, Map<String, Double> weights, List<Offer> within) {
    if (within.isEmpty() || rule == DemandRule.MANUAL) return Optional.empty();
    Comparator<Offer> tie =
        Comparator.comparingDouble(Offer::score).reversed().thenComparingInt(Offer::rank);
    Comparator<Offer> by =
        switch (rule) {
          case CHEAPEST -> Comparator.comparing(Offer::totalPrice).thenComparing(tie);
          case FASTEST ->
              Comparator.comparing(Offer::earliestStart)
                  .thenComparing(Comparator.comparingDouble(Offer::performance).reversed())
                  .thenComparing(tie);
          case GREENEST -> Comparator.comparing(Offer::energyKwh).thenComparing(tie);
          case WEIGHTED ->
              Comparator.comparingDouble((Offer o) -> -weighted(o, weights, within))
                  .thenComparing(tie);
          case MANUAL -> throw new IllegalStateException();
        };
    return within.stream().min(by);
  }

  static double weighted(Offer o, Map<String, Double> w, List<Offer> all) {
    BigDecimal minPrice = all.stream().map(Offer::totalPrice).min(BigDecimal::compareTo).get();
    BigDecimal minEnergy = all.stream().map(Offer::energyKwh).min(BigDecimal::compareTo).get();
    double maxPerf = all.stream().mapToDouble(Offer::performance).max().orElse(1);
    double price = ratio(minPrice, o.totalPrice());
    double energy = ratio(minEnergy, o.energyKwh());
    double speed = maxPerf <= 0 ? 1 : o.performance() / maxPerf;
    return w.getOrDefault("price", 0.0) * price
        + w.getOrDefault("speed", 0.0) * speed
        + w.getOrDefault("energy", 0.0) * energy
        + w.getOrDefault("score", 0.0) * o.score() / 100;
  }

  private static double ratio(BigDecimal least, BigDecimal value) {
    if (value.signum() == 0) return 1;
    return least.divide(value, MathContext.DECIMAL64).doubleValue();
  }
}
