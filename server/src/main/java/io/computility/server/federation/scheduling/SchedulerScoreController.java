package io.computility.server.federation.scheduling;

import io.computility.server.federation.center.CatalogService;
import io.computility.server.federation.job.JobService;
import io.computility.server.identity.CurrentUser;
import io.computility.server.identity.tenancy.ResourceScopes;
import io.computility.server.identity.tenancy.SharedResources;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JC-A.5 strategy score and JC-A.6 evaluation-model score of a center. */
@RestController
@Tag(name = "JC scheduler", description = "Scheduling interfaces of the standard (A.5, A.6)")
public class SchedulerScoreController {

  private final PolicyService policies;
  private final CatalogService catalog;
  private final JobService jobs;
  private final SharedResources shared;
  private final ResourceScopes scopes;

  public SchedulerScoreController(
      PolicyService policies,
      CatalogService catalog,
      JobService jobs,
      SharedResources shared,
      ResourceScopes scopes) {
    this.policies = policies;
    this.catalog = catalog;
    this.jobs = jobs;
    this.shared = shared;
    this.scopes = scopes;
  }

  @GetMapping("/scheduler/algorithm/{algorithmId}/score/{centerId}")
  @Operation(summary = "JC-A.5 the score (0..100) a strategy gives a center")
  public Envelope<ScoreData> strategyScore(
      @PathVariable String algorithmId,
      @PathVariable String centerId,
      @Parameter(description = "score for this job's first task (extension)")
          @RequestParam(required = false)
          String jobId) {
    Check.text(algorithmId, "algorithmId", Check.JC_CHARS);
    Check.text(centerId, "centerId", Check.JC_CHARS);
    if (jobId != null) Check.id(jobId, "jobId");
    if (!ScoreInputs.strategyIds(policies).contains(algorithmId)) {
      throw new NotFoundException("algorithmId", "unknown strategy '" + algorithmId + "'");
    }
    requireCenter(centerId);
    if (jobId != null
        && (jobs.find(jobId).isEmpty()
            || !scopes.visible(CurrentUser.get().scope(), ResourceScopes.JOB, jobId))) {
      throw Check.bad("jobId", "job '" + jobId + "' does not exist");
    }
    return Envelope.ok(new ScoreData(policies.strategyScore(algorithmId, centerId, jobId)));
  }

  @GetMapping("/scheduler/evaluate/score/{centerId}")
  @Operation(summary = "JC-A.6 the evaluation model's final score (formula 2) of a center")
  public Envelope<ScoreData> evaluate(
      @PathVariable String centerId,
      @Parameter(description = "strategy ids, comma-separated") @RequestParam(required = false)
          List<String> algorithmIds,
      @Parameter(description = "scores 0..100, same order") @RequestParam(required = false)
          List<String> algorithmScores,
      @Parameter(description = "policy whose weights apply (extension)")
          @RequestParam(required = false)
          String policy) {
    Check.text(centerId, "centerId", Check.JC_CHARS);
    ScoreInputs inputs = ScoreInputs.parse(algorithmIds, algorithmScores);
    if (policy != null) Check.id(policy, "policy");
    inputs.requireKnown(ScoreInputs.strategyIds(policies));
    requireCenter(centerId);
    if (policy != null && policies.find(policy).isEmpty()) {
      throw Check.bad("policy", "unknown policy '" + policy + "'");
    }
    int score = policies.evaluate(centerId, inputs.ids(), inputs.scores(), policy);
    return Envelope.ok(new ScoreData(score));
  }

  private void requireCenter(String centerId) {
    if (catalog.center(centerId).isEmpty()) {
      throw new NotFoundException("centerId", "unknown center '" + centerId + "'");
    }
    shared.requireVisible(
        CurrentUser.get(), SharedResources.CENTER, centerId, "centerId", "center");
  }
}
