package io.computility.adapter.contract;

import io.computility.core.job.JobStatus;
import java.util.List;

/** Checks that a replica's reported statuses only move forward: pending, running, one end. */
public final class ReplicaStatuses {
  private ReplicaStatuses() {}

  /** Rank of a status on the only allowed path; every terminal status shares the last rank. */
  static int rank(JobStatus s) {
    return switch (s) {
      case PENDING -> 0;
      case RUNNING -> 1;
      case COMPLETED, FAILED, STOPPED -> 2;
    };
  }

  /**
   * Empty when {@code statuses} never move backwards and nothing follows a terminal status (repeats
   * of the same status are allowed: adapters that poll may report one twice); otherwise the reason.
   */
  public static java.util.Optional<String> orderViolation(List<JobStatus> statuses) {
    JobStatus previous = null;
    for (JobStatus s : statuses) {
      if (previous != null) {
        if (previous.terminal() && s != previous) {
          return java.util.Optional.of(s + " after terminal " + previous + " in " + statuses);
        }
        if (rank(s) < rank(previous)) {
          return java.util.Optional.of(s + " after " + previous + " in " + statuses);
        }
      }
      previous = s;
    }
    return java.util.Optional.empty();
  }
}
