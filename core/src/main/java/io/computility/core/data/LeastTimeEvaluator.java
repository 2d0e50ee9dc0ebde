package io.computility.core.data;

import io.computility.core.catalog.DatasetLocation;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.strategy.Scores;

/**
 * JC-6.3.2 evaluator b, least time: the shorter the average past download ({@code download_cost}),
 * the better. Min-max over the sources.
 */
public final class LeastTimeEvaluator implements SourceEvaluator {

  @Override
  public String id() {
    return "least-time";
  }

  @Override
  public void score(
      DatasetLocation[] sources, int count, int target, ClusterView view, double[] out) {
    for (int k = 0; k < count; k++) out[k] = sources[k].downloadCostSeconds();
    Scores.lowerIsBetter(out, count);
  }
}
