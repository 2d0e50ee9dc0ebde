package io.computility.core.scheduling.filter;

import io.computility.core.center.CenterStatus;
import io.computility.core.scheduling.CandidateFilter;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.TaskDemand;

/** Only centers whose status is AVAILABLE (JC table 1). Transient: centers come back. */
public final class CenterAvailableFilter implements CandidateFilter {

  @Override
  public String id() {
    return "center-available";
  }

  @Override
  public String reject(TaskDemand demand, ClusterView view, int center) {
    CenterStatus s = view.status(center);
    return s == CenterStatus.AVAILABLE ? null : "center " + view.id(center) + " is " + s;
  }

  @Override
  public boolean transientRejection() {
    return true;
  }

  @Override
  public int retain(TaskDemand demand, ClusterView view, int[] candidates, int count) {
    int kept = 0;
    for (int k = 0; k < count; k++) {
      int c = candidates[k];
      candidates[kept] = c;
      kept +=
          view.status(c) == CenterStatus.AVAILABLE
              ? 1
              : 0; // branch-free: pass/fail is unpredictable
    }
    return kept;
  }
}
