package io.computility.server.federation.scheduling;

import io.computility.server.federation.job.JobService;
import io.computility.server.identity.CurrentUser;
import io.computility.server.identity.tenancy.ResourceScopes;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The scheduler's last decision for a job (served under the job's path). */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs", description = "Job listing and scheduling decisions")
public class JobDecisionController {

  private final JobService jobs;
  private final DecisionReader decisions;
  private final ResourceScopes scopes;

  public JobDecisionController(JobService jobs, DecisionReader decisions, ResourceScopes scopes) {
    this.jobs = jobs;
    this.decisions = decisions;
    this.scopes = scopes;
  }

  @GetMapping("/{jobId}/decision")
  @Operation(summary = "The scheduler's last decision for a job, with per-strategy score cards")
  public Envelope<DecisionData> decision(@PathVariable String jobId) {
    Check.id(jobId, "jobId");
    if (jobs.find(jobId).isEmpty()
        || !scopes.visible(CurrentUser.get().scope(), ResourceScopes.JOB, jobId)) {
      throw new NotFoundException("jobId", "job '" + jobId + "' does not exist");
    }
    return Envelope.ok(
        DecisionData.of(
            decisions
                .find(jobId)
                .orElseThrow(
                    () -> new NotFoundException("decision", "job has not been scheduled yet"))));
  }
}
