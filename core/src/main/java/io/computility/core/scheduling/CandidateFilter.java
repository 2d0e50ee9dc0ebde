package io.computility.core.scheduling;

/**
 * A hard condition a center must meet to run a replica (JC-6.5 filter stage). Returns null when the
 * center passes, else the reason it does not.
 */
public interface CandidateFilter {

  String id();

  String reject(TaskDemand demand, ClusterView view, int center);

  /**
   * True when a rejection by this filter can go away by itself (resources free up, a center comes
   * back): the job then waits in the queue instead of being rejected.
   */
  boolean transientRejection();

  /**
   * Keeps, in order, the centers of {@code candidates[0..count)} that pass, and returns how many
   * remain. The pipeline calls this once per filter and decision; filters override it with a tight
   * loop over cached columns. It must agree with {@link #reject}.
   */
  default int retain(TaskDemand demand, ClusterView view, int[] candidates, int count) {
    int kept = 0;
    for (int k = 0; k < count; k++) {
      int c = candidates[k];
      if (reject(demand, view, c) == null) candidates[kept++] = c;
    }
    return kept;
  }
}
