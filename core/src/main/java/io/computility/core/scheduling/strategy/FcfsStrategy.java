package io.computility.core.scheduling.strategy;

import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;

/**
 * JC-5 f 2, first come first served. Job order is the queue's business (jobs leave it in arrival
 * order); as a center score, FCFS is first fit: the first feasible candidate in registration order
 * scores 100 and every other 0. We chose first fit over a decreasing ramp because a ramp would
 * quietly turn FCFS into a "prefer old centers" bias whenever it is weighted with other strategies.
 */
public final class FcfsStrategy implements SchedulingStrategy {

  @Override
  public String id() {
    return "fcfs";
  }

  @Override
  public String description() {
    return "first fit: the first feasible center in registration order";
  }

  @Override
  public void score(
      TaskDemand demand, ClusterView view, int[] candidates, int count, double[] out) {
    // Candidates arrive in registration order, so the first one is the first fit.
    for (int k = 0; k < count; k++) out[k] = 0;
    if (count > 0) out[0] = 100;
  }
}
