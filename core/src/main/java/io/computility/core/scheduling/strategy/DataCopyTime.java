package io.computility.core.scheduling.strategy;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.DatasetLocation;
import io.computility.core.center.NetworkLink;
import io.computility.core.scheduling.ClusterView;

/**
 * Seconds needed to copy a dataset into each center ({@code t_s − t_0} of formula 1): 0 where a
 * copy is already stored, else {@code sizeMb × 8 / rate} over the fastest readable copy, the rate
 * being the copy's download limit, bounded by the center's link bandwidth to the copy's region when
 * it declares one. Infinite when no readable copy has a known rate.
 */
public final class DataCopyTime {
  private DataCopyTime() {}

  private static final ClusterView.Column SECONDS =
      (view, subject, c) -> {
        Dataset d = (Dataset) subject;
        double bestRate = 0;
        for (DatasetLocation l : d.location()) {
          if (l.aiCenterId().equals(view.id(c))) return 0;
          if (!l.readable()) continue;
          bestRate = Math.max(bestRate, rate(view, c, l));
        }
        return bestRate > 0 ? d.sizeMb() * 8.0 / bestRate : Double.POSITIVE_INFINITY;
      };

  /** Copy seconds into every center; cached in the view per dataset. */
  public static double[] seconds(ClusterView view, Dataset dataset) {
    return view.column(SECONDS, dataset);
  }

  /** Mbps from {@code source} into center {@code target}; 0 when nothing is known. */
  public static double rate(ClusterView view, int target, DatasetLocation source) {
    double limit = source.downloadRateLimitMbps();
    int from = view.indexOf(source.aiCenterId());
    NetworkLink link = from < 0 ? null : view.profile(target).linkTo(view.region(from));
    if (link == null) return Math.max(limit, 0);
    return limit > 0 ? Math.min(limit, link.bandwidthMbps()) : link.bandwidthMbps();
  }
}
