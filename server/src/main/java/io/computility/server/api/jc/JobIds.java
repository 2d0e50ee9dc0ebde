package io.computility.server.api.jc;

import io.computility.server.api.validate.Check;
import io.computility.server.jobs.JobService;
import io.computility.server.jobs.JobView;
import io.computility.server.security.CurrentUser;
import io.computility.server.support.NotFoundException;
import io.computility.server.tenancy.ResourceScopes;

/** Checks job ids taken from paths and looks jobs up, naming the field {@code jobId}. */
final class JobIds {

  private JobIds() {}

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
