package io.computility.core.job;

import io.computility.core.scheduling.ReplicaRequest;
import java.util.List;

/**
 * What to do with a job after its state changed (JC-6.4 retry policy): {@code rerun} lists the
 * replicas to schedule again, each avoiding the center where it failed; empty when no retry.
 */
public record RetryDecision(
    boolean retry, int nextAttempt, List<ReplicaRequest> rerun, String why) {

  public RetryDecision {
    rerun = List.copyOf(rerun);
  }

  static RetryDecision none(String why) {
    return new RetryDecision(false, -1, List.of(), why);
  }
}
