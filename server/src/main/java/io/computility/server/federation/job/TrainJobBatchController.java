package io.computility.server.federation.job;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.DatabaseBusy;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ErrorCodes;
import io.computility.server.shared.web.ForbiddenException;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.idempotency.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Batch job submission (issue 12): up to {@link #MAX_JOBS} jobs in one request, each checked and
 * submitted exactly as {@code POST /openapi/v1/trainjob} would, all committed through the shared
 * group commit. Answers 200 with one result per job (201 and the job, or the job's own error); a
 * job's error names its field as {@code jobs[i].…} and fails only that job.
 */
@RestController
@Tag(name = "JC jobs")
public class TrainJobBatchController {
  static final int MAX_JOBS = 1000;
  private static final Logger log = LoggerFactory.getLogger(TrainJobBatchController.class);

  private final JobSubmission submission;
  private final Validator validator;

  public TrainJobBatchController(JobSubmission submission, Validator validator) {
    this.submission = submission;
    this.validator = validator;
  }

  @PostMapping("/openapi/v1/trainjob/batch")
  @Idempotent
  @Operation(
      summary =
          "Create up to 1000 jobs; answers a result per job (201 once durably queued, else the"
              + " job's own error)")
  public Envelope<List<JobBatchItem>> create(@RequestBody(required = false) JobBatchRequest body) {
    if (body == null || body.jobs() == null) throw new InvalidInputException("jobs", "is required");
    if (body.jobs().isEmpty()) throw new InvalidInputException("jobs", "must not be empty");
    if (body.jobs().size() > MAX_JOBS) {
      throw new InvalidInputException("jobs", "must hold at most " + MAX_JOBS + " jobs");
    }
    AuthUser me = CurrentUser.get();
    List<JobBatchItem> results = new ArrayList<>();
    List<Integer> queuedAt = new ArrayList<>();
    List<JobSubmission.Prepared> prepared = new ArrayList<>();
    for (int i = 0; i < body.jobs().size(); i++) {
      results.add(null);
      try {
        CreateJobRequest job = body.jobs().get(i);
        if (job == null) throw new InvalidInputException("", "must be a job object");
        Set<ConstraintViolation<CreateJobRequest>> bad = validator.validate(job);
        if (!bad.isEmpty()) {
          ConstraintViolation<CreateJobRequest> v = bad.iterator().next();
          throw new InvalidInputException(v.getPropertyPath().toString(), v.getMessage());
        }
        prepared.add(submission.prepare(job, me));
        queuedAt.add(i);
      } catch (RuntimeException e) {
        results.set(i, failed(i, e));
      }
    }
    List<CompletableFuture<JobView>> outcomes = submission.commitAll(prepared, me);
    for (int k = 0; k < outcomes.size(); k++) {
      int i = queuedAt.get(k);
      try {
        JobView v = outcomes.get(k).join();
        results.set(i, new JobBatchItem(i, 201, Envelope.OK, "", JobViewMapper.toCreated(v)));
      } catch (CompletionException e) {
        results.set(
            i,
            failed(
                i, e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e)));
      }
    }
    return Envelope.ok(results);
  }

  /** The error a single submission would answer, its field prefixed with the job's position. */
  private static JobBatchItem failed(int i, RuntimeException e) {
    String prefix = "jobs[" + i + "]";
    int status;
    String message;
    if (e instanceof InvalidInputException x) {
      status = 400;
      message = named(prefix, x.field(), x.getMessage());
    } else if (e instanceof NotFoundException x) {
      status = 404;
      message = named(prefix, x.field(), x.getMessage());
    } else if (e instanceof ForbiddenException x) {
      status = 403;
      message = named(prefix, x.field(), x.getMessage());
    } else if (e instanceof ConflictException x) {
      status = 409;
      message = named(prefix, x.field(), x.getMessage());
    } else if (DatabaseBusy.causedBy(e)) {
      status = 503;
      message = prefix + ": the database is busy; retry";
    } else {
      log.error("unexpected error submitting job {} of a batch", i, e);
      status = 500;
      message = prefix + ": internal error; see the server log";
    }
    Envelope<Void> env = Envelope.error(status, ErrorCodes.forStatus(status), message);
    return new JobBatchItem(i, status, env.code(), env.errorMsg(), null);
  }

  private static String named(String prefix, String field, String message) {
    String m = ErrorCodes.fieldMessage(field, message);
    return field == null || field.isEmpty() ? prefix + ": " + m : prefix + "." + m;
  }
}
