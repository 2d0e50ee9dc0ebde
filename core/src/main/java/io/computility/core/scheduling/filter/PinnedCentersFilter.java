package io.computility.core.scheduling.filter;

import io.computility.core.scheduling.CandidateFilter;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.TaskDemand;
import java.util.List;

/**
 * Manual scheduling (JC-5 f 1, JC-6.6.1 a): when the job pins centers, only those may run it.
 * Permanent: the pin list is part of the job.
 */
public final class PinnedCentersFilter implements CandidateFilter {

  @Override
  public String id() {
    return "pinned-centers";
  }

  @Override
  public String reject(TaskDemand demand, ClusterView view, int center) {
    List<String> pinned = demand.job().requirements().pinnedCenters();
    if (pinned.isEmpty() || pinned.contains(view.id(center))) return null;
    return "center " + view.id(center) + " is not among the pinned centers " + pinned;
  }

  @Override
  public boolean transientRejection() {
    return false;
  }

  @Override
  public int retain(TaskDemand demand, ClusterView view, int[] candidates, int count) {
    List<String> pinned = demand.job().requirements().pinnedCenters();
    if (pinned.isEmpty()) return count;
    // Pin lists are short: resolve them to indexes once, then compare ints.
    int[] pins = new int[pinned.size()];
    for (int p = 0; p < pins.length; p++) pins[p] = view.indexOf(pinned.get(p));
    int kept = 0;
    for (int k = 0; k < count; k++) {
      int c = candidates[k];
      for (int pin : pins) {
        if (pin == c) {
          candidates[kept++] = c;
          break;
        }
      }
    }
    return kept;
  }
}
