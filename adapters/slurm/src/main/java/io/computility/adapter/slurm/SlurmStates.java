package io.computility.adapter.slurm;

import io.computility.core.job.JobStatus;
import java.util.Locale;

/**
 * Slurm job states (squeue(1) "JOB STATE CODES") as JC replica states. Waiting states are pending;
 * states in which the job holds its allocation are running; cancellation is a stop; every other end
 * (non-zero exit, time limit, node failure, out of memory, preemption) is a failure.
 */
final class SlurmStates {
  private SlurmStates() {}

  static JobStatus toJc(String slurmState) {
    String s = slurmState == null ? "" : slurmState.toUpperCase(Locale.ROOT);
    return switch (s) {
      case "PENDING",
          "CONFIGURING",
          "REQUEUED",
          "REQUEUE_FED",
          "REQUEUE_HOLD",
          "RESV_DEL_HOLD",
          "SUSPENDED" ->
          JobStatus.PENDING;
      case "RUNNING", "COMPLETING", "SIGNALING", "STAGE_OUT", "RESIZING", "STOPPED" ->
          JobStatus.RUNNING;
      case "COMPLETED" -> JobStatus.COMPLETED;
      case "CANCELLED" -> JobStatus.STOPPED;
      case "FAILED",
          "TIMEOUT",
          "NODE_FAIL",
          "OUT_OF_MEMORY",
          "BOOT_FAIL",
          "DEADLINE",
          "PREEMPTED",
          "REVOKED",
          "SPECIAL_EXIT" ->
          JobStatus.FAILED;
      default -> JobStatus.PENDING;
    };
  }
}
