package io.computility.server.federation.job;

import io.computility.server.identity.tenancy.ResourceScopes;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** JC-A.4: the log URL of a replica, and the log itself as plain text at that URL. */
@RestController
@RequestMapping("/openapi/v1/trainjob/{id}/task/{taskIndex}/replica/{replicaIndex}/log")
@Tag(name = "JC jobs")
public class TrainJobLogController {

  private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

  private final JobService jobs;
  private final ResourceScopes scopes;

  public TrainJobLogController(JobService jobs, ResourceScopes scopes) {
    this.jobs = jobs;
    this.scopes = scopes;
  }

  @GetMapping
  @Operation(summary = "JC-A.4 get the download URL of a replica's log")
  public Envelope<LogUrlData> logUrl(
      @PathVariable String id, @PathVariable int taskIndex, @PathVariable int replicaIndex) {
    checkIndexes(taskIndex, replicaIndex);
    JobView job = JobIdParam.find(jobs, id);
    JobIdParam.visible(scopes, id);
    if (taskIndex >= job.tasks().size()) {
      throw new NotFoundException("taskIndex", "job '" + id + "' has no task " + taskIndex);
    }
    TaskView task = job.tasks().get(taskIndex);
    if (replicaIndex >= task.task().replicaNumber()) {
      throw new NotFoundException(
          "replicaIndex", "task " + taskIndex + " has no replica " + replicaIndex);
    }
    String url = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/content").toUriString();
    return Envelope.ok(new LogUrlData(url));
  }

  @GetMapping("/content")
  @Operation(summary = "The replica's log as text/plain (the target of logUrl)")
  public ResponseEntity<String> content(
      @PathVariable String id, @PathVariable int taskIndex, @PathVariable int replicaIndex) {
    checkIndexes(taskIndex, replicaIndex);
    String log = jobs.replicaLog(JobIdParam.visible(scopes, id), taskIndex, replicaIndex);
    return ResponseEntity.ok().contentType(TEXT).body(log);
  }

  private static void checkIndexes(int taskIndex, int replicaIndex) {
    if (taskIndex < 0) throw Check.bad("taskIndex", "must be >= 0, was " + taskIndex);
    if (replicaIndex < 0) throw Check.bad("replicaIndex", "must be >= 0, was " + replicaIndex);
  }
}
