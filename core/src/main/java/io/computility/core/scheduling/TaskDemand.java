package io.computility.core.scheduling;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.ResourceSpec;
import io.computility.core.job.Job;
import io.computility.core.job.TaskSpec;

/**
 * One replica to place: the job, its task and replica index, the resolved spec and dataset, and the
 * centers already chosen for other replicas of the same job in this decision (for topology affinity
 * of distributed jobs).
 */
public record TaskDemand(
    Job job,
    TaskSpec task,
    int replicaIndex,
    ResourceSpec spec,
    Dataset dataset,
    int[] placedCenters,
    int placedCount) {}
