package io.computility.server.federation.job;

import io.computility.server.identity.CurrentUser;
import io.computility.server.identity.tenancy.ResourceScopes;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.idempotency.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JC-A.1 create, JC-A.2 stop and JC-A.3 get a train job. */
@RestController
@RequestMapping("/openapi/v1/trainjob")
@Tag(name = "JC jobs", description = "Job management interfaces of the standard (Appendix A.1–A.4)")
public class TrainJobController {

  private final JobService jobs;
  private final ResourceScopes scopes;
  private final JobSubmission submission;

  public TrainJobController(JobService jobs, ResourceScopes scopes, JobSubmission submission) {
    this.jobs = jobs;
    this.scopes = scopes;
    this.submission = submission;
  }

  @PostMapping
  @Idempotent
  @Operation(summary = "JC-A.1 create a job; answers 201 once the job is durably queued")
  public ResponseEntity<Envelope<CreateJobData>> create(
      @RequestBody(required = false) CreateJobRequest body) {
    JobView created = submission.submit(body, CurrentUser.get());
    return ResponseEntity.status(201).body(Envelope.created(JobViewMapper.toCreated(created)));
  }

  @PostMapping("/{jobId}/stop")
  @Operation(summary = "JC-A.2 stop a job")
  public Envelope<Void> stop(@PathVariable String jobId) {
    jobs.stop(JobIdParam.visible(scopes, jobId));
    return Envelope.ok(null);
  }

  @GetMapping("/{id}")
  @Operation(summary = "JC-A.3 get a job with its tasks and replica states")
  public Envelope<JobInfoData> get(@PathVariable String id) {
    JobView job = JobIdParam.find(jobs, id);
    JobIdParam.visible(scopes, id);
    return Envelope.ok(JobViewMapper.toInfo(job));
  }
}
