package io.computility.core.scheduling;

import io.computility.core.center.NetworkLink;

/**
 * Network figures from every center to one region, as the network-awareness layer reports them in
 * {@code CenterProfile.links}. NaN where the center declares no link to that region. The four
 * columns of a region are built together in one pass over the centers and cached in the view.
 */
public enum LinkMetric {
  LATENCY_MS,
  BANDWIDTH_MBPS,
  JITTER_MS,
  LOSS_RATE;

  private static final ClusterView.Derivation<double[][]> BY_REGION =
      (view, region) -> {
        double[][] m = new double[4][view.size()];
        for (int c = 0; c < view.size(); c++) {
          NetworkLink l = view.profile(c).linkTo((String) region);
          m[0][c] = l == null ? Double.NaN : l.latencyMs();
          m[1][c] = l == null ? Double.NaN : l.bandwidthMbps();
          m[2][c] = l == null ? Double.NaN : l.jitterMs();
          m[3][c] = l == null ? Double.NaN : l.lossRate();
        }
        return m;
      };

  /** This metric from every center to {@code region}; shared, do not modify. */
  public double[] to(ClusterView view, String region) {
    return view.derived(BY_REGION, region)[ordinal()];
  }
}
