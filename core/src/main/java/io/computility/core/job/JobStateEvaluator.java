package io.computility.core.job;

import java.util.Collection;

/**
 * JC-6.4 job-state policies a–d: turns the statuses of a job's replicas (their current attempts)
 * into the job's status. Success is checked first: a) ALL completed or b) ANY completed; then
 * failure: c) ALL failed or d) ANY failed. A stopped replica counts as failed. When every replica
 * has ended and neither rule holds (e.g. success ALL, failure ALL, mixed outcomes), the job can no
 * longer succeed and is failed. Otherwise it is running once any replica has left pending.
 */
public final class JobStateEvaluator {
  private JobStateEvaluator() {}

  public static JobStatus evaluate(Collection<JobStatus> replicas, JobStatePolicy policy) {
    int n = replicas.size();
    if (n == 0) return JobStatus.PENDING;
    int completed = 0;
    int failed = 0;
    int pending = 0;
    for (JobStatus s : replicas) {
      switch (s) {
        case COMPLETED -> completed++;
        case FAILED, STOPPED -> failed++;
        case PENDING -> pending++;
        case RUNNING -> {}
      }
    }
    if (met(policy.success(), completed, n)) return JobStatus.COMPLETED;
    if (met(policy.failure(), failed, n)) return JobStatus.FAILED;
    if (completed + failed == n) return JobStatus.FAILED;
    return pending == n ? JobStatus.PENDING : JobStatus.RUNNING;
  }

  private static boolean met(JobStatePolicy.Rule rule, int reached, int n) {
    return rule == JobStatePolicy.Rule.ALL ? reached == n : reached > 0;
  }
}
