package io.computility.core.scheduling.strategy;

import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;

/**
 * JC-6.6.2 b, requested spec free first: prefers the center that can still hold the most instances
 * of the requested spec, counting this cycle's reservations. Min-max over the candidates.
 */
public final class SpecFreeStrategy implements SchedulingStrategy {

  @Override
  public String id() {
    return "spec-free";
  }

  @Override
  public String description() {
    return "most free instances of the requested spec first";
  }

  @Override
  public void score(
      TaskDemand demand, ClusterView view, int[] candidates, int count, double[] out) {
    long[] free = view.freeCopies(demand.spec());
    for (int k = 0; k < count; k++) out[k] = free[candidates[k]];
    Scores.higherIsBetter(out, count);
  }
}
