package io.computility.server.federation.job;

import io.computility.core.job.Job;
import io.computility.core.job.JobStatus;
import java.time.Instant;
import java.util.List;

/**
 * A job with its state. {@code submittedAt} is t_r and {@code dispatchedAt} t_s of JC-6.7.1 (null
 * until every replica has been handed to a center); {@code reason} says why it waits or failed;
 * {@code phase} refines pending: queued, transferring (waiting for its dataset), dispatching.
 */
public record JobView(
    Job job,
    JobStatus status,
    String phase,
    String reason,
    int attempt,
    List<TaskView> tasks,
    Instant submittedAt,
    Instant dispatchedAt,
    Instant finishedAt) {}
