package io.computility.core.job;

/** The current attempt of one replica: where it ran and how it stands. */
public record ReplicaOutcome(int taskIndex, int replicaIndex, String centerId, JobStatus status) {}
