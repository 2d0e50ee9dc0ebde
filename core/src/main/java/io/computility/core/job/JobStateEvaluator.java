package io.computility.core.job;

import java.util.List;

/** Derives a job's status from its replicas' statuses under a {@link JobStatePolicy} (JC-6.4). */
public final class JobStateEvaluator {
  private JobStateEvaluator() {}

  public static JobStatus evaluate(JobStatePolicy policy, List<JobStatus> replicas) {
    int done = 0, failed = 0, running = 0, stopped = 0;
    for (JobStatus s : replicas) {
      switch (s) {
        case COMPLETED -> done++;
        case FAILED -> failed++;
        case RUNNING -> running++;
        case STOPPED -> stopped++;
        default -> {}
      }
    }
    int n = replicas.size();
    if (hit(policy.failure(), failed, n)) return JobStatus.FAILED;
    if (hit(policy.success(), done, n)) return JobStatus.COMPLETED;
    if (done + failed + stopped == n) return failed > 0 ? JobStatus.FAILED : JobStatus.STOPPED;
    return running + done + failed > 0 ? JobStatus.RUNNING : JobStatus.PENDING;
  }

  private static boolean hit(JobStatePolicy.Rule rule, int count, int n) {
    return rule == JobStatePolicy.Rule.ANY ? count > 0 : count == n && n > 0;
  }
}
