package io.computility.server.federation.job;

import io.computility.core.job.JobStatus;
import java.time.Instant;

/** One replica's current attempt as stored. */
public record ReplicaView(
    int taskIndex,
    int replicaIndex,
    int attempt,
    String centerId,
    JobStatus status,
    String message,
    Instant startedAt,
    Instant finishedAt) {}
