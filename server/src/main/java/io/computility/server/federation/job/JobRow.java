package io.computility.server.federation.job;

import io.computility.core.job.Job;
import io.computility.core.job.JobStatus;
import java.time.Instant;

/** A job row with its lifecycle columns. */
public record JobRow(
    Job job,
    JobStatus status,
    String phase,
    String reason,
    int attempt,
    Instant dispatchedAt,
    Instant finishedAt) {}
