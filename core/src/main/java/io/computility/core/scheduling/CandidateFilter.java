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
}
