package io.computility.core.scheduling.strategy;

import io.computility.core.job.JobRequirements;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.LinkMetric;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;

/**
 * JC-5 f 8, QoS/QoE first: balances the network path against the center's queue. Half the raw score
 * is the QoS headroom: with bounds, the mean of the latency margin {@code 1 − latency / maxLatency}
 * and bandwidth margin {@code 1 − minBandwidth / bandwidth} (each clamped to 0..1); without bounds,
 * the {@link NetworkQuality} towards the origin (1 without an origin). The other half is the QoE of
 * a short wait, {@code 1 / (1 + waiting tasks)}. Min-max over the candidates; no link means no
 * headroom.
 */
public final class QosAwareStrategy implements SchedulingStrategy {

  @Override
  public String id() {
    return "qos-aware";
  }

  @Override
  public String description() {
    return "most QoS headroom on the network path and shortest queue first";
  }

  @Override
  public void score(
      TaskDemand demand, ClusterView view, int[] candidates, int count, double[] out) {
    JobRequirements r = demand.job().requirements();
    String origin = r.originRegion();
    boolean bounded = origin != null && (r.maxLatencyMs() > 0 || r.minBandwidthMbps() > 0);
    double[] latency = bounded ? LinkMetric.LATENCY_MS.to(view, origin) : null;
    double[] bandwidth = bounded ? LinkMetric.BANDWIDTH_MBPS.to(view, origin) : null;
    double[] quality = !bounded && origin != null ? NetworkQuality.towards(view, origin) : null;
    for (int k = 0; k < count; k++) {
      int c = candidates[k];
      double headroom;
      if (bounded) headroom = margins(r, latency[c], bandwidth[c]);
      else headroom = quality == null ? 1 : quality[c];
      if (Double.isNaN(headroom)) headroom = 0;
      out[k] = headroom / 2 + 0.5 / (1 + view.waiting(c));
    }
    Scores.higherIsBetter(out, count);
  }

  private static double margins(JobRequirements r, double latency, double bandwidth) {
    double sum = 0;
    int parts = 0;
    if (r.maxLatencyMs() > 0) {
      sum += clamp(1 - latency / r.maxLatencyMs());
      parts++;
    }
    if (r.minBandwidthMbps() > 0) {
      sum += clamp(1 - r.minBandwidthMbps() / bandwidth);
      parts++;
    }
    return sum / parts;
  }

  private static double clamp(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
  }
}
