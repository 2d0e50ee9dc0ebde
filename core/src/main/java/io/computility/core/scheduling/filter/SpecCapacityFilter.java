package io.computility.core.scheduling.filter;

import io.computility.core.resource.Resources;
import io.computility.core.scheduling.CandidateFilter;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.TaskDemand;

/**
 * Only centers whose total resources could ever hold one instance of the spec. Permanent: waiting
 * does not help a center that is too small, so a job no center can hold is rejected, not queued.
 */
public final class SpecCapacityFilter implements CandidateFilter {

  private static final ClusterView.Column FITS_TOTAL =
      (view, shape, c) -> view.total(c).covers((Resources) shape) ? 1 : 0;

  @Override
  public String id() {
    return "spec-capacity";
  }

  @Override
  public String reject(TaskDemand demand, ClusterView view, int center) {
    return view.total(center).covers(demand.spec().resources())
        ? null
        : "center "
            + view.id(center)
            + " is too small for spec "
            + demand.spec().resourceSpecId()
            + " even when idle";
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
