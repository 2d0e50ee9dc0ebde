package io.computility.core.scheduling.filter;

import io.computility.core.scheduling.CandidateFilter;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.TaskDemand;

/**
 * Only centers with enough free resources for one instance of the spec right now, counting what
 * this cycle already reserved. Transient: resources free up as tasks end ({@link
 * SpecCapacityFilter} catches centers that could never hold it).
 */
public final class SpecFreeFilter implements CandidateFilter {

  @Override
  public String id() {
    return "spec-free";
  }

  @Override
  public String reject(TaskDemand demand, ClusterView view, int center) {
    return view.free(center).covers(demand.spec().resources())
        ? null
        : "center "
            + view.id(center)
            + " has no free instance of spec "
            + demand.spec().resourceSpecId();
  }

  @Override
  public boolean transientRejection() {
    return true;
  }

  @Override
  public int retain(TaskDemand demand, ClusterView view, int[] candidates, int count) {
    long[] free = view.freeCopies(demand.spec());
    int kept = 0;
    for (int k = 0; k < count; k++) {
      int c = candidates[k];
      candidates[kept] = c;
      kept += free[c] >= 1 ? 1 : 0; // branch-free: pass/fail is unpredictable
    }
    return kept;
  }
}
