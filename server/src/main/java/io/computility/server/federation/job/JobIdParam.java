package io.computility.server.federation.job;

import io.computility.server.identity.CurrentUser;
import io.computility.server.identity.tenancy.ResourceScopes;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.NotFoundException;

/** Checks job ids taken from paths and looks jobs up, naming the field {@code jobId}. */
final class JobIdParam {

  private JobIdParam() {}

  static String check(String jobId) {
    return Check.id(jobId, "jobId");
  }

  static JobView find(JobService jobs, String jobId) {
    return jobs.find(check(jobId))
        .orElseThrow(() -> new NotFoundException("jobId", "job '" + jobId + "' does not exist"));
  }

  /** The job id, checked, when the caller's data scope reaches the job; 404 otherwise. */
  static String visible(ResourceScopes scopes, String jobId) {
    check(jobId);
    scopes.requireVisible(CurrentUser.get(), ResourceScopes.JOB, jobId, "jobId");
    return jobId;
  }
}
