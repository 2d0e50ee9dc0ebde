package io.computility.core.scheduling.strategy;

import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;

/**
 * JC-6.6.2 g, highest security first: prefers the center with the highest security grade (JC table
 * 4). Min-max over the candidates.
 */
public final class HighestSecurityStrategy implements SchedulingStrategy {

  @Override
  public String id() {
    return "highest-security";
  }

  @Override
  public String description() {
    return "highest security grade first";
  }

  @Override
  public void score(
      TaskDemand demand, ClusterView view, int[] candidates, int count, double[] out) {
    for (int k = 0; k < count; k++) out[k] = view.securityGrade(candidates[k]);
    Scores.higherIsBetter(out, count);
  }
}
