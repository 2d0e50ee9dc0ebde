package io.computility.server.federation.job;

import io.computility.core.job.JobStatus;
import io.computility.server.shared.web.Check;
import java.util.Locale;

/** Job listings on the wire. */
public final class JobListMapper {

  private JobListMapper() {}

  public static JobSummary toSummary(JobView v) {
    return new JobSummary(
        v.job().id(),
        v.job().name(),
        v.status().wire(),
        v.phase(),
        v.job().userName(),
        v.job().tasks().size(),
        v.job().replicaCount(),
        v.submittedAt(),
        v.dispatchedAt(),
        v.finishedAt());
  }

  /** Parses a status filter written as on the wire (pending, running …); null stays null. */
  public static JobStatus status(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      return JobStatus.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Check.bad("status", "must be pending, running, completed, failed or stopped");
    }
  }
}
