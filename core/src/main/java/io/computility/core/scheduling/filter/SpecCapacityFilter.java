package io.computility.core.scheduling.filter;

import io.computility.core.resource.Resources;
import io.computility.core.scheduling.CandidateFilter;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.TaskDemand;

/**
 * Only centers whose total resources could ever hold one instance of the spec. Permanent: waiting
 * does not help a center that is too small, so a job no center can hold is rejected, not queued. A
 * center that has not reported its resources yet passes: only {@link SpecFreeFilter} (transient)
 * turns it down until it does.
 */
public final class SpecCapacityFilter implements CandidateFilter {

  private static final ClusterView.Column FITS_TOTAL =
      (view, shape, c) -> fits(view, c, (Resources) shape) ? 1 : 0;

  @Override
  public String id() {
    return "spec-capacity";
  }

  @Override
  public String reject(TaskDemand demand, ClusterView view, int center) {
    return fits(view, center, demand.spec().resources())
        ? null
        : "center "
            + view.id(center)
            + " is too small for spec "
            + demand.spec().resourceSpecId()
            + " even when idle";
  }

  private static boolean fits(ClusterView view, int c, Resources shape) {
    return !view.monitored(c) || view.total(c).covers(shape);
  }

  @Override
  public boolean transientRejection() {
    return false;
  }

  @Override
  public int retain(TaskDemand demand, ClusterView view, int[] candidates, int count) {
    double[] fits = view.column(FITS_TOTAL, demand.spec().resources());
    int kept = 0;
    for (int k = 0; k < count; k++) {
      int c = candidates[k];
      candidates[kept] = c;
      kept += fits[c] != 0 ? 1 : 0; // branch-free: pass/fail is unpredictable
    }
    return kept;
  }
}
