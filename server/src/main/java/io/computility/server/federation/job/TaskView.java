package io.computility.server.federation.job;

import io.computility.core.job.JobStatus;
import io.computility.core.job.TaskSpec;
import java.util.List;

/** A task with the state of each of its replicas. */
public record TaskView(TaskSpec task, JobStatus status, List<ReplicaView> replicas) {}
