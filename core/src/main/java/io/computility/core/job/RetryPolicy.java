package io.computility.core.job;

import io.computility.core.scheduling.ReplicaRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JC-6.4 retry policy: a) a completed job is never retried; b) a failed job is retried at most
 * {@code maxRetries} times. Attempts count from 0 (the first run), so attempt {@code a} may be
 * retried while {@code a < maxRetries}. Only replicas that failed or were stopped run again (the
 * others keep their results), each steered away from the center it failed on; that preference is
 * soft (failover falls back to it when nothing else can run the replica).
 */
public record RetryPolicy(int maxRetries) {

  public RetryPolicy {
    if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be >= 0");
  }

  public static RetryPolicy of(JobRequirements requirements) {
    return new RetryPolicy(requirements.maxRetries());
  }

  public RetryDecision decide(JobStatus jobStatus, int attempt, List<ReplicaOutcome> replicas) {
    if (jobStatus == JobStatus.COMPLETED) return RetryDecision.none("job completed");
    if (jobStatus != JobStatus.FAILED) return RetryDecision.none("job has not failed");
    if (attempt >= maxRetries) {
      return RetryDecision.none("attempt " + attempt + " reached maxRetries " + maxRetries);
    }
    List<ReplicaRequest> rerun = new ArrayList<>();
    for (ReplicaOutcome r : replicas) {
      if (r.status() == JobStatus.FAILED || r.status() == JobStatus.STOPPED) {
        Set<String> avoid = r.centerId() == null ? Set.of() : Set.of(r.centerId());
        rerun.add(new ReplicaRequest(r.taskIndex(), r.replicaIndex(), avoid));
      }
    }
    return new RetryDecision(
        true, attempt + 1, rerun, "retry " + (attempt + 1) + " of " + maxRetries);
  }
}
