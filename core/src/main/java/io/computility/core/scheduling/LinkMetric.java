package io.computility.core.scheduling;

import io.computility.core.center.NetworkLink;

/**
 * Network figures from every center to one region (the {@link ClusterView#column column} subject),
 * as the network-awareness layer reports them in {@code CenterProfile.links}. NaN where the center
 * declares no link to that region.
 */
public enum LinkMetric implements ClusterView.Column {
  LATENCY_MS,
  BANDWIDTH_MBPS,
  JITTER_MS,
  LOSS_RATE;

  @Override
  public double value(ClusterView view, Object region, int center) {
    NetworkLink l = region == null ? null : view.profile(center).linkTo((String) region);
    if (l == null) return Double.NaN;
    return switch (this) {
      case LATENCY_MS -> l.latencyMs();
      case BANDWIDTH_MBPS -> l.bandwidthMbps();
      case JITTER_MS -> l.jitterMs();
      case LOSS_RATE -> l.lossRate();
    };
  }

  /** This metric from every center to {@code region}; cached in the view. */
  public double[] to(ClusterView view, String region) {
    return view.column(this, region);
  }
}
