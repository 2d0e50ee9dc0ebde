package io.computility.core.scheduling.strategy;

import io.computility.core.resource.CardCatalogue;
import io.computility.core.resource.CardModel;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;

/**
 * JC-6.6.2 f, highest performance first: prefers the center whose performance factor, times its
 * card model's standard cards per card (the unified measure, NET-6.5), is highest. A center whose
 * card model is unknown counts as reference cards. Min-max over the candidates.
 */
public final class HighestPerformanceStrategy implements SchedulingStrategy {

  private static final ClusterView.Column UNIFIED_PERFORMANCE =
      (view, catalogue, c) -> {
        CardCatalogue cards = (CardCatalogue) catalogue;
        String model = view.profile(c).cardModel();
        CardModel card = model == null ? null : cards.find(model).orElse(null);
        double perCard = card == null ? 1 : card.fp16Tflops() / cards.reference().fp16Tflops();
        return view.performanceFactor(c) * perCard;
      };

  private final CardCatalogue catalogue;

  public HighestPerformanceStrategy(CardCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public String id() {
    return "highest-performance";
  }

  @Override
  public String description() {
    return "highest performance (unified standard cards) first";
  }

  @Override
  public void score(
      TaskDemand demand, ClusterView view, int[] candidates, int count, double[] out) {
    double[] performance = view.column(UNIFIED_PERFORMANCE, catalogue);
    for (int k = 0; k < count; k++) out[k] = performance[candidates[k]];
    Scores.higherIsBetter(out, count);
  }
}
