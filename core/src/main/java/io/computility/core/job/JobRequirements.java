package io.computility.core.job;

import java.util.List;

/**
 * What a job asks of the scheduler beyond its tasks (JC-6.6.1 a "job requirements" and the strategy
 * factors).
 *
 * @param policy scheduling policy name; null for the default policy
 * @param allOrNothing bind the job only when every replica of every task can be placed at once
 * @param pinnedCenters manual scheduling: only these centers may run the job (empty: any)
 * @param minSecurityGrade lowest center security grade the job accepts (0: any)
 * @param dataset dataset the job reads, "name" or "name:version"; null for none
 * @param originRegion region the job is submitted from, used by network-aware scheduling
 * @param maxLatencyMs QoS bound on network latency from the origin region (0: none)
 * @param minBandwidthMbps QoS bound on bandwidth from the origin region (0: none)
 * @param expectedDurationSeconds nominal run time on a performance-1.0 center (energy, cost)
 * @param maxRetries how many times a failed job is retried, possibly on another center
 * @param priority higher runs first among queued jobs
 * @param escalate when no center of this tier can place the job, it may be sent to the parent tier
 *     (NET-5)
 */
public record JobRequirements(
    String policy,
    boolean allOrNothing,
    List<String> pinnedCenters,
    int minSecurityGrade,
    String dataset,
    String originRegion,
    double maxLatencyMs,
    double minBandwidthMbps,
    long expectedDurationSeconds,
    JobStatePolicy statePolicy,
    int maxRetries,
    int priority,
    boolean escalate) {

  public JobRequirements {
    pinnedCenters = pinnedCenters == null ? List.of() : List.copyOf(pinnedCenters);
    statePolicy = statePolicy == null ? JobStatePolicy.DEFAULT : statePolicy;
  }

  /** Requirements of a job that stays in this tier. */
  public JobRequirements(
      String policy,
      boolean allOrNothing,
      List<String> pinnedCenters,
      int minSecurityGrade,
      String dataset,
      String originRegion,
      double maxLatencyMs,
      double minBandwidthMbps,
      long expectedDurationSeconds,
      JobStatePolicy statePolicy,
      int maxRetries,
      int priority) {
    this(
        policy,
        allOrNothing,
        pinnedCenters,
        minSecurityGrade,
        dataset,
        originRegion,
        maxLatencyMs,
        minBandwidthMbps,
        expectedDurationSeconds,
        statePolicy,
        maxRetries,
        priority,
        false);
  }

  public static JobRequirements defaults() {
    return new JobRequirements(
        null, false, List.of(), 0, null, null, 0, 0, 3600, JobStatePolicy.DEFAULT, 0, 0);
  }
}
