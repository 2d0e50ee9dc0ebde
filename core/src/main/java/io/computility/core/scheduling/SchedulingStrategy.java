package io.computility.core.scheduling;

/**
 * One scheduling strategy (JC-6.6.2): reads scheduling factors and gives every candidate center a
 * normalised score from 0 (worst) to 100 (best). Strategies are small, stateless and independent:
 * adding one changes nothing else.
 */
public interface SchedulingStrategy {

  /** Stable id used in policies and in the JC-A.5 API, e.g. {@code least-load}. */
  String id();

  /** One line for people: what the strategy prefers. */
  String description();

  /**
   * Scores {@code candidates[0..count)} (center indexes into {@code view}), writing the score of
   * {@code candidates[k]} to {@code out[k]}.
   */
  void score(TaskDemand demand, ClusterView view, int[] candidates, int count, double[] out);
}
