package io.computility.server.federation.job;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.tenancy.ResourceScopes;
import io.computility.server.shared.jdbc.GroupCommit;
import io.computility.server.shared.metrics.LatencyTimers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * One job submission (JC-A.1), shared by the single and the batch endpoint: the request is checked
 * and mapped on the caller's thread, then the quota check, the job and its owner commit together in
 * a transaction shared with concurrent submissions ({@link GroupCommit}). Answers once durable.
 */
@Component
public class JobSubmission {
  private final JobService jobs;
  private final ResourceScopes scopes;
  private final GroupCommit commits;
  private final SchedulerSignal scheduler;
  private final JobDemand demand;
  private final CenterPins pins;

  public JobSubmission(
      JobService jobs,
      ResourceScopes scopes,
      GroupCommit commits,
      SchedulerSignal scheduler,
      JobDemand demand,
      CenterPins pins) {
    this.jobs = jobs;
    this.scopes = scopes;
    this.commits = commits;
    this.scheduler = scheduler;
    this.demand = demand;
    this.pins = pins;
  }

  /** A job checked and mapped, with the quota it asks, ready to commit. */
  public record Prepared(
      NewJob job, io.computility.server.identity.tenancy.Quota asks, long startedNanos) {}

  /** Submits the job as {@code me}; throws the API's exceptions for bad input or refusal. */
  public JobView submit(CreateJobRequest body, AuthUser me) {
    Prepared p = prepare(body, me);
    try {
      return commitAll(List.of(p), me).get(0).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }

  /** Checks and maps a request on the caller's thread (400 for bad input, no database change). */
  public Prepared prepare(CreateJobRequest body, AuthUser me) {
    long started = System.nanoTime();
    NewJob asked = JobRequestMapper.toNewJob(body);
    NewJob named =
        asked.userName() != null
            ? asked
            : new NewJob(
                asked.name(), asked.desc(), me.username(), asked.tasks(), asked.requirements());
    NewJob job = pins.apply(named, me); // off centers restricted to other tenants
    var asks = demand.of(job, me); // 400 for a spec the caller does not see
    return new Prepared(job, asks, started);
  }

  /**
   * Commits the jobs through the group commit: for each, the quota check, the job and its owner
   * (tenant, organisation, user) commit together; each future completes once its job is durable.
   */
  public List<CompletableFuture<JobView>> commitAll(List<Prepared> jobs, AuthUser me) {
    List<Supplier<JobView>> work = new ArrayList<>();
    for (Prepared p : jobs) {
      work.add(
          () -> {
            demand.admit(me, p.asks());
            JobView v = this.jobs.submit(p.job());
            scopes.record(ResourceScopes.JOB, v.job().id(), me);
            return v;
          });
    }
    List<CompletableFuture<JobView>> out = commits.runAll(work);
    for (int i = 0; i < out.size(); i++) {
      long started = jobs.get(i).startedNanos();
      out.set(
          i,
          out.get(i)
              .whenComplete(
                  (v, e) -> {
                    if (e == null) {
                      scheduler.wake();
                      LatencyTimers.since(LatencyTimers.SUBMIT, started);
                    }
                  }));
    }
    return out;
  }
}
