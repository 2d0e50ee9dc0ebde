package io.computility.core.scheduling.strategy;

import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;

/**
 * JC-6.6.2 d and JC-5 f 5, lowest price first: prefers the center whose hourly price for the
 * requested spec is lowest (its own price, else the spec's list price). Min-max over the
 * candidates.
 */
public final class LowestPriceStrategy implements SchedulingStrategy {

  @Override
  public String id() {
    return "lowest-price";
  }

  @Override
  public String description() {
    return "lowest hourly price of the requested spec first";
  }

  @Override
  public void score(
      TaskDemand demand, ClusterView view, int[] candidates, int count, double[] out) {
    double[] prices = view.prices(demand.spec());
    for (int k = 0; k < count; k++) out[k] = prices[candidates[k]];
    Scores.lowerIsBetter(out, count);
  }
}
