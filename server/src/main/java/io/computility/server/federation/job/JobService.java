package io.computility.server.federation.job;

import io.computility.server.federation.scheduling.DecisionRecord;
import java.util.List;
import java.util.Optional;

/** Jobs: accepted durably, scheduled by the pipeline, followed to the end (JC-6.4). */
public interface JobService {

  /**
   * Validates references (specs, images, datasets, policy, pinned centers) and stores the job in
   * the queue; returns only after the job is durable. Throws {@code InvalidInputException} naming
   * the field.
   */
  JobView submit(NewJob job);

  Optional<JobView> find(String jobId);

  List<JobView> list(JobQuery query);

  long count(JobQuery query);

  /** Stops every running replica and marks the job stopped; NotFoundException if unknown. */
  JobView stop(String jobId);

  /** The replica's log text (current attempt), NotFoundException if job/task/replica unknown. */
  String replicaLog(String jobId, int taskIndex, int replicaIndex);

  /** JC-6.7 scheduling time and throughput of the jobs submitted at or after {@code since}. */
  io.computility.server.federation.scheduling.SchedulingMetrics metrics(java.time.Instant since);

  /** The scheduler's last decision for the job, with per-strategy scores, if any. */
  Optional<DecisionRecord> lastDecision(String jobId);
}
