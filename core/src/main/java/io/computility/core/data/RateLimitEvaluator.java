package io.computility.core.data;

import io.computility.core.catalog.DatasetLocation;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.strategy.Scores;

/**
 * JC-6.3.2 evaluator e, highest rate limit: the higher the download rate the source allows, the
 * better. Min-max over the sources.
 */
public final class RateLimitEvaluator implements SourceEvaluator {

  @Override
  public String id() {
    return "rate-limit";
  }

  @Override
  public void score(
      DatasetLocation[] sources, int count, int target, ClusterView view, double[] out) {
    for (int k = 0; k < count; k++) out[k] = sources[k].downloadRateLimitMbps();
    Scores.higherIsBetter(out, count);
  }
}
