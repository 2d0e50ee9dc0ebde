package io.computility.server.federation.job;

import io.computility.core.job.JobStatus;
import io.computility.server.identity.ScopeFilter;

/**
 * Filters and page for listing jobs; null fields do not filter.
 *
 * @param scope the caller's data scope; null sees every job
 */
public record JobQuery(
    JobStatus status, String userName, String nameContains, int page, int size, ScopeFilter scope) {

  public JobQuery(JobStatus status, String userName, String nameContains, int page, int size) {
    this(status, userName, nameContains, page, size, null);
  }
}
