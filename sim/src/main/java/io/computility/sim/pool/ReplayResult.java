package io.computility.sim.pool;

import java.util.List;

/**
 * Outcome of one {@link PoolReplay} run. Ratios are fractions (0.95 = 95 %).
 *
 * @param finalArrivedShare arrived GPU requests / pool GPU capacity after the last arrival
 * @param finalAllocation allocated / total GPU milli after the last arrival
 * @param curve allocation ratio by arrived share: entry p is the mean over the arrivals whose
 *     arrived share rounds to p %, NaN where none did (p up to {@link PoolReplay#MAX_PERCENT})
 * @param elapsedNanos wall time of the replay
 * @param cpuNanos CPU time of the replaying thread
 */
public record ReplayResult(
    String policy,
    int arrivals,
    int unscheduled,
    double finalArrivedShare,
    double finalAllocation,
    List<Point> points,
    double[] curve,
    long elapsedNanos,
    long cpuNanos) {

  /** Means over the arrivals whose arrived share rounds to {@code percent}; NaN when none did. */
  public record Point(
      int percent,
      int samples,
      double allocation,
      double fragmentationAmount,
      double fragmentationRate) {}

  public Point at(int percent) {
    for (Point p : points) {
      if (p.percent() == percent) {
        return p;
      }
    }
    throw new IllegalArgumentException("no checkpoint at " + percent + " %");
  }
}
