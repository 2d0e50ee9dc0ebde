package io.computility.core.scheduling.strategy;

import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;

/**
 * JC-5 f 6, network aware: prefers the center with the best link to the job's origin region, by
 * latency, bandwidth, jitter and loss together ({@link NetworkQuality}). Min-max over the
 * candidates; a center with no declared link scores 0. Without an origin region every candidate
 * scores 100.
 */
public final class NetworkAwareStrategy implements SchedulingStrategy {

  @Override
  public String id() {
    return "network-aware";
  }

  @Override
  public String description() {
    return "best latency, bandwidth, jitter and loss to the job's origin first";
  }

  @Override
  public void score(
      TaskDemand demand, ClusterView view, int[] candidates, int count, double[] out) {
    String origin = demand.job().requirements().originRegion();
    if (origin == null) {
      Scores.fill(out, count, 100);
      return;
    }
    double[] quality = NetworkQuality.towards(view, origin);
    for (int k = 0; k < count; k++) out[k] = quality[candidates[k]];
    Scores.higherIsBetter(out, count);
  }
}
