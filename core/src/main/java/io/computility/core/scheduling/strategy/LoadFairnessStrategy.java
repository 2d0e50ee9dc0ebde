package io.computility.core.scheduling.strategy;

import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;

/**
 * JC-6.6.2 h, load fairness: prefers the center where one more task leaves the variance of running
 * tasks over all centers smallest. Min-max over the candidates: the variance-minimising center
 * scores 100.
 */
public final class LoadFairnessStrategy implements SchedulingStrategy {

  @Override
  public String id() {
    return "load-fairness";
  }

  @Override
  public String description() {
    return "smallest variance of running tasks across centers after placement first";
  }

  @Override
  public void score(
      TaskDemand demand, ClusterView view, int[] candidates, int count, double[] out) {
    for (int k = 0; k < count; k++) out[k] = view.varianceIfPlaced(candidates[k]);
    Scores.lowerIsBetter(out, count);
  }
}
