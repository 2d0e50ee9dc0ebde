package io.computility.core.adapter;

import io.computility.core.job.JobStatus;
import java.time.Instant;

/** A center's view of one replica run. {@code externalId} is the center's native job id. */
public record ReplicaState(
    ReplicaKey key,
    String externalId,
    JobStatus status,
    String message,
    Instant startedAt,
    Instant finishedAt) {}
