package io.computility.server.jobs;

import io.computility.core.job.JobStatus;

/** Filters and page for listing jobs; null fields do not filter. */
public record JobQuery(
    JobStatus status, String userName, String nameContains, int page, int size) {}
