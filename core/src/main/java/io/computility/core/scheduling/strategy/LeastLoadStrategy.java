package io.computility.core.scheduling.strategy;

import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;

/**
 * JC-6.6.2 a, least load first: prefers the center with the fewest running plus waiting tasks (JC
 * table 4). Min-max over the candidates: the idlest scores 100, the busiest 0.
 */
public final class LeastLoadStrategy implements SchedulingStrategy {

  @Override
  public String id() {
    return "least-load";
  }

  @Override
  public String description() {
    return "fewest running and waiting tasks first";
  }

  @Override
  public void score(
      TaskDemand demand, ClusterView view, int[] candidates, int count, double[] out) {
    for (int k = 0; k < count; k++) out[k] = view.load(candidates[k]);
    Scores.lowerIsBetter(out, count);
  }
}
