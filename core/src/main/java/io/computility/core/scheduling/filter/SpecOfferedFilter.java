package io.computility.core.scheduling.filter;

import io.computility.core.catalog.ResourceSpec;
import io.computility.core.scheduling.CandidateFilter;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.TaskDemand;

/**
 * Only centers in the spec's {@code computing_center_list} (JC table 3; an empty list means every
 * center). Permanent.
 */
public final class SpecOfferedFilter implements CandidateFilter {

  private static final ClusterView.Column OFFERED =
      (view, spec, c) -> ((ResourceSpec) spec).offeredBy(view.id(c)) ? 1 : 0;

  @Override
  public String id() {
    return "spec-offered";
  }

  @Override
  public String reject(TaskDemand demand, ClusterView view, int center) {
    ResourceSpec spec = demand.spec();
    return spec.offeredBy(view.id(center))
        ? null
        : "center " + view.id(center) + " does not offer spec " + spec.resourceSpecId();
  }

  @Override
  public boolean transientRejection() {
    return false;
  }

  @Override
  public int retain(TaskDemand demand, ClusterView view, int[] candidates, int count) {
    if (demand.spec().computingCenterList().isEmpty()) return count;
    double[] offered = view.column(OFFERED, demand.spec());
    int kept = 0;
    for (int k = 0; k < count; k++) {
      int c = candidates[k];
      candidates[kept] = c;
      kept += offered[c] != 0 ? 1 : 0; // branch-free: pass/fail is unpredictable
    }
    return kept;
  }
}
