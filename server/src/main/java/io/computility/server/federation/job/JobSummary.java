package io.computility.server.federation.job;

import java.time.Instant;

/** A job in a listing. */
public record JobSummary(
    String jobId,
    String name,
    String status,
    String phase,
    String userName,
    int taskCount,
    int replicaCount,
    Instant submittedAt,
    Instant dispatchedAt,
    Instant finishedAt) {}
