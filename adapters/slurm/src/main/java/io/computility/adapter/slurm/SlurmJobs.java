package io.computility.adapter.slurm;

import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.job.JobStatus;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads slurmrestd job records: finding a replica's job and turning a record into its state. */
final class SlurmJobs {
  private SlurmJobs() {}

  /** The newest job named after {@code key} in a {@code /jobs} answer. */
  static Optional<Long> findByName(JsonNode jobs, ReplicaKey key) {
    String name = SlurmJobRequest.jobName(key);
    long best = -1;
    for (JsonNode j : jobs.path("jobs")) {
      if (name.equals(j.path("name").asText())) best = Math.max(best, j.path("job_id").asLong());
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }

  static ReplicaState state(ReplicaKey key, JsonNode job) {
    String slurm = job.path("job_state").asText("PENDING");
    JobStatus s = SlurmStates.toJc(slurm);
    long exit = job.path("exit_code").asLong(0);
    if (s == JobStatus.COMPLETED && exit != 0) s = JobStatus.FAILED;
    String reason = job.path("state_reason").asText("None");
    StringBuilder msg = new StringBuilder("slurm ").append(slurm);
    if (!reason.isBlank() && !"None".equals(reason)) msg.append(" reason=").append(reason);
    if (s.terminal()) msg.append(" exit_code=").append(exit);
    long start = job.path("start_time").asLong(0);
    long end = job.path("end_time").asLong(0);
    Instant startedAt = start > 0 && s != JobStatus.PENDING ? Instant.ofEpochSecond(start) : null;
    Instant finishedAt = end > 0 && s.terminal() ? Instant.ofEpochSecond(end) : null;
    return new ReplicaState(
        key, job.path("job_id").asText(), s, msg.toString(), startedAt, finishedAt);
  }
}
