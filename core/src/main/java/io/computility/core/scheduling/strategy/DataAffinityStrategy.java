package io.computility.core.scheduling.strategy;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.DatasetLocation;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;

/**
 * JC-6.6.2 c and JC-5 f 7, data topology affinity. Two parts, averaged when both apply:
 *
 * <ul>
 *   <li>data: a center holding the job's dataset scores 100; any other scores 90 × its best {@link
 *       Topology#closeness} between its region and a copy's network topology, so the data moves the
 *       shortest way;
 *   <li>peers (distributed jobs): the mean closeness to the centers already chosen for other
 *       replicas of the job, 100 for the same center, 90 × region closeness otherwise.
 * </ul>
 *
 * Absolute, not min-max: closeness is already a 0..1 ratio, and rescaling would make "all far" look
 * perfect. With neither a dataset nor placed peers every candidate scores 100.
 */
public final class DataAffinityStrategy implements SchedulingStrategy {

  /** Share of a full score that mere closeness (not holding the data) can earn. */
  static final double NEAR = 90;

  private static final ClusterView.Column DATA_CLOSENESS =
      (view, subject, c) -> {
        Dataset d = (Dataset) subject;
        double best = 0;
        for (DatasetLocation l : d.location()) {
          if (l.aiCenterId().equals(view.id(c))) return 100;
          best = Math.max(best, NEAR * Topology.closeness(view.region(c), l.networkTopology()));
        }
        return best;
      };

  @Override
  public String id() {
    return "data-affinity";
  }

  @Override
  public String description() {
    return "centers holding or near the job's data, and near its other replicas";
  }

  @Override
  public void score(
      TaskDemand demand, ClusterView view, int[] candidates, int count, double[] out) {
    Dataset dataset = demand.dataset();
    int peers = demand.placedCount();
    if (dataset == null && peers == 0) {
      Scores.fill(out, count, 100);
      return;
    }
    double[] data = dataset == null ? null : view.column(DATA_CLOSENESS, dataset);
    for (int k = 0; k < count; k++) {
      int c = candidates[k];
      double peer = peers == 0 ? 0 : peerCloseness(view, c, demand.placedCenters(), peers);
      if (data == null) out[k] = peer;
      else out[k] = peers == 0 ? data[c] : (data[c] + peer) / 2;
    }
  }

  private static double peerCloseness(ClusterView view, int c, int[] placed, int peers) {
    double sum = 0;
    for (int p = 0; p < peers; p++) {
      int other = placed[p];
      sum += other == c ? 100 : NEAR * Topology.closeness(view.region(c), view.region(other));
    }
    return sum / peers;
  }
}
