package io.computility.server.federation.job;

import io.computility.core.adapter.ReplicaKey;
import io.computility.core.job.JobStatus;
import java.time.Instant;
import java.util.Set;

/** A replica row: its current attempt, where it runs and how far dispatch got. */
public record ReplicaRow(
    String jobId,
    int taskIndex,
    int replicaIndex,
    int attempt,
    String centerId,
    JobStatus status,
    String dispatchState,
    String message,
    String transferJson,
    Instant transferUntil,
    Set<String> avoidCenters,
    Instant startedAt,
    Instant finishedAt) {

  public ReplicaKey key() {
    return new ReplicaKey(jobId, taskIndex, replicaIndex, attempt);
  }

  public ReplicaView view() {
    return new ReplicaView(
        taskIndex, replicaIndex, attempt, centerId, status, message, startedAt, finishedAt);
  }
}
