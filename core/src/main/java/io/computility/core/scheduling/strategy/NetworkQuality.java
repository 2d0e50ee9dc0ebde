package io.computility.core.scheduling.strategy;

import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.LinkMetric;

/**
 * Each center's network quality towards one region, 0..1: latency, bandwidth, jitter and loss each
 * scaled min-max over every center that declares a link (the federation's own range, so no magic
 * reference figures), then averaged with equal weights. NaN where there is no link. Derived once
 * per view and region.
 */
final class NetworkQuality {
  private NetworkQuality() {}

  private static final ClusterView.Derivation<double[]> QUALITY =
      (view, region) -> {
        double[] q = new double[view.size()];
        add(q, LinkMetric.LATENCY_MS.to(view, (String) region), true);
        add(q, LinkMetric.BANDWIDTH_MBPS.to(view, (String) region), false);
        add(q, LinkMetric.JITTER_MS.to(view, (String) region), true);
        add(q, LinkMetric.LOSS_RATE.to(view, (String) region), true);
        for (int c = 0; c < q.length; c++) q[c] /= 4;
        return q;
      };

  static double[] towards(ClusterView view, String region) {
    return view.derived(QUALITY, region);
  }

  /** Adds the metric scaled to 0..1 (1 = best); NaN links stay NaN. */
  private static void add(double[] q, double[] metric, boolean lowerIsBetter) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double m : metric) {
      if (!Double.isNaN(m)) {
        min = Math.min(min, m);
        max = Math.max(max, m);
      }
    }
    double range = max - min;
    for (int c = 0; c < q.length; c++) {
      double v = metric[c];
      double s = range == 0 ? 1 : (lowerIsBetter ? max - v : v - min) / range;
      q[c] += s; // NaN propagates: no link, no quality
    }
  }
}
