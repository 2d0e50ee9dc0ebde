package io.computility.core.data;

import io.computility.core.catalog.DatasetLocation;
import io.computility.core.scheduling.ClusterView;

/**
 * JC-6.3.2 evaluator d, best download state: the higher the share of past downloads that succeeded,
 * the better. Absolute: 100 × the success rate (clamped to 0..1).
 */
public final class SuccessRateEvaluator implements SourceEvaluator {

  @Override
  public String id() {
    return "success-rate";
  }

  @Override
  public void score(
      DatasetLocation[] sources, int count, int target, ClusterView view, double[] out) {
    for (int k = 0; k < count; k++) {
      out[k] = 100 * Math.max(0, Math.min(1, sources[k].downloadSuccessRate()));
    }
  }
}
