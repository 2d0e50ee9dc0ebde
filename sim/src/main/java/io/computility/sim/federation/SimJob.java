package io.computility.sim.federation;

import io.computility.core.job.Job;

/**
 * One job of a simulated workload: the production job object plus when it arrives, in seconds of
 * virtual time. Its nominal run time is {@code job.requirements().expectedDurationSeconds()}; a
 * center of performance factor p runs it in nominal / p.
 */
public record SimJob(Job job, double arrivalSeconds) {}
