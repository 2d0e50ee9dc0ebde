package io.computility.core.scheduling.filter;

import io.computility.core.job.JobRequirements;
import io.computility.core.scheduling.CandidateFilter;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.LinkMetric;
import io.computility.core.scheduling.TaskDemand;

/**
 * QoS hard bounds (JC-5 f 8): the link from the center to the job's origin region must have at most
 * {@code maxLatencyMs} latency and at least {@code minBandwidthMbps} bandwidth. A center with no
 * declared link cannot prove either and is turned down. Without an origin region or bounds, every
 * center passes. Permanent.
 */
public final class QosBoundsFilter implements CandidateFilter {

  @Override
  public String id() {
    return "qos-bounds";
  }

  @Override
  public String reject(TaskDemand demand, ClusterView view, int center) {
    JobRequirements r = demand.job().requirements();
    if (!bounded(r)) return null;
    double latency = LinkMetric.LATENCY_MS.to(view, r.originRegion())[center];
    double bandwidth = LinkMetric.BANDWIDTH_MBPS.to(view, r.originRegion())[center];
    if (meets(r, latency, bandwidth)) return null;
    return "center "
        + view.id(center)
        + " misses the QoS bounds to "
        + r.originRegion()
        + " (latency "
        + latency
        + " ms, bandwidth "
        + bandwidth
        + " Mbps)";
  }

  @Override
  public boolean transientRejection() {
    return false;
  }

  @Override
  public int retain(TaskDemand demand, ClusterView view, int[] candidates, int count) {
    JobRequirements r = demand.job().requirements();
    if (!bounded(r)) return count;
    double[] latency = LinkMetric.LATENCY_MS.to(view, r.originRegion());
    double[] bandwidth = LinkMetric.BANDWIDTH_MBPS.to(view, r.originRegion());
    // Unset bounds become infinite ones. A center without a link has NaN figures and fails
    // whichever bound is set, exactly as in reject().
    double maxLatency = r.maxLatencyMs() > 0 ? r.maxLatencyMs() : Double.POSITIVE_INFINITY;
    double minBandwidth = r.minBandwidthMbps() > 0 ? r.minBandwidthMbps() : -1;
    int kept = 0;
    for (int k = 0; k < count; k++) {
      int c = candidates[k];
      candidates[kept] = c; // branch-free keep: pass/fail is unpredictable
      kept += latency[c] <= maxLatency & bandwidth[c] >= minBandwidth ? 1 : 0;
    }
    return kept;
  }

  private static boolean bounded(JobRequirements r) {
    return r.originRegion() != null && (r.maxLatencyMs() > 0 || r.minBandwidthMbps() > 0);
  }

  /** NaN (no link) fails both comparisons, as intended. */
  private static boolean meets(JobRequirements r, double latency, double bandwidth) {
    boolean latencyOk = r.maxLatencyMs() <= 0 || latency <= r.maxLatencyMs();
    boolean bandwidthOk = r.minBandwidthMbps() <= 0 || bandwidth >= r.minBandwidthMbps();
    return latencyOk && bandwidthOk;
  }
}
