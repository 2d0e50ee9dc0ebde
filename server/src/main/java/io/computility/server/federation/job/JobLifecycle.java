package io.computility.server.federation.job;

import io.computility.core.job.JobRequirements;
import io.computility.core.job.JobStateEvaluator;
import io.computility.core.job.JobStatus;
import io.computility.core.job.ReplicaOutcome;
import io.computility.core.job.RetryDecision;
import io.computility.core.job.RetryPolicy;
import io.computility.server.federation.center.CenterRegistry;
import io.computility.server.federation.job.ReplicaStore.StateChange;
import io.computility.server.shared.jdbc.AsyncCommit;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves jobs through their lifecycle (JC-6.4): after replica changes it derives the job status with
 * the job's state policy, retries failed replicas on other centers while the retry policy allows,
 * and stops the rest when the job has ended.
 */
@Component
public class JobLifecycle {
  private static final Logger log = LoggerFactory.getLogger(JobLifecycle.class);

  private final JobReader reader;
  private final JobStateStore jobs;
  private final ReplicaStore replicas;
  private final CenterRegistry registry;
  private final Clock clock;
  private final AsyncCommit async;
  private final ReplicaCapacity reservations;
  private final Runnable wakeScheduler;

  public JobLifecycle(
      JobReader reader,
      JobStateStore jobs,
      ReplicaStore replicas,
      CenterRegistry registry,
      Clock clock,
      AsyncCommit async,
      ReplicaCapacity reservations,
      @Lazy SchedulerSignal signal) {
    this.async = async;
    this.reservations = reservations;
    this.reader = reader;
    this.jobs = jobs;
    this.replicas = replicas;
    this.registry = registry;
    this.clock = clock;
    this.wakeScheduler = signal::wake;
  }

  /**
   * Applies observed replica states and re-evaluates the jobs they belong to, in one transaction
   * committed asynchronously: everything written here can be derived again from the centers.
   */
  @Transactional
  public void apply(List<StateChange> changes) {
    if (changes.isEmpty()) return;
    async.enable();
    for (StateChange c : changes) {
      // A replica that ended before its dispatch was acknowledged must not keep its capacity; one
      // that started will show in the center's next snapshot.
      if (c.status().terminal()) reservations.cancel(c.key().asString());
      else if (c.status() == JobStatus.RUNNING)
        reservations.started(
            c.key().asString(), c.startedAt() != null ? c.startedAt() : clock.instant());
    }
    Collection<String> changed = replicas.apply(changes);
    // A state seen at the center also marks the replica dispatched (its acknowledgement may have
    // been lost, e.g. to a deadlock retry): record t_s for jobs now fully dispatched (issue 12).
    if (!changed.isEmpty()) jobs.markDispatchedIfComplete(changed, clock.instant());
    evaluate(changed);
  }

  public void evaluate(Collection<String> jobIds) {
    if (jobIds.isEmpty()) return;
    List<String> ids = List.copyOf(jobIds);
    Map<String, JobRow> rows = reader.findAll(ids);
    Map<String, List<ReplicaRow>> reps = reader.replicasOf(ids);
    for (String id : ids) {
      JobRow row = rows.get(id);
      if (row != null) evaluate(row, reps.getOrDefault(id, List.of()));
    }
  }

  /** Fails every unfinished replica on a lost center, so retry policies can move them. */
  @org.springframework.context.event.EventListener
  @Transactional
  public void centerLost(io.computility.server.federation.center.CenterLost lostCenter) {
    String centerId = lostCenter.centerId();
    String why = lostCenter.reason();
    List<ReplicaRow> lost = replicas.activeOn(centerId);
    if (lost.isEmpty()) return;
    Instant now = clock.instant();
    log.warn("{}: failing {} replicas", why, lost.size());
    apply(
        lost.stream()
            .map(r -> new StateChange(r.key(), JobStatus.FAILED, why, null, now))
            .toList());
  }

  private void evaluate(JobRow row, List<ReplicaRow> rs) {
    if (row.status().terminal()) return;
    String jobId = row.job().id();
    JobRequirements req = row.job().requirements();
    JobStatus derived =
        JobStateEvaluator.evaluate(rs.stream().map(ReplicaRow::status).toList(), req.statePolicy());
    Instant now = clock.instant();
    switch (derived) {
      case FAILED -> failed(row, rs, now);
      case COMPLETED, STOPPED -> finish(row, rs, derived, null, now);
      case RUNNING -> jobs.transition(jobId, JobStatus.RUNNING, null, now);
      case PENDING -> {}
    }
  }

  private void failed(JobRow row, List<ReplicaRow> rs, Instant now) {
    List<ReplicaRow> failedOnes = rs.stream().filter(r -> r.status() == JobStatus.FAILED).toList();
    String why = failedOnes.isEmpty() ? "failed" : describe(failedOnes.get(0));
    RetryDecision d =
        RetryPolicy.of(row.job().requirements())
            .decide(
                JobStatus.FAILED, row.attempt(), rs.stream().map(JobLifecycle::outcome).toList());
    if (d.retry()) {
      log.info("Job {} failed ({}); {}", row.job().id(), why, d.why());
      List<ReplicaRow> rerun =
          rs.stream()
              .filter(
                  r ->
                      d.rerun().stream()
                          .anyMatch(
                              q ->
                                  q.taskIndex() == r.taskIndex()
                                      && q.replicaIndex() == r.replicaIndex()))
              .toList();
      jobs.retry(row.job().id(), rerun, d.why() + " after: " + why, now);
      wakeScheduler.run();
      return;
    }
    finish(row, rs, JobStatus.FAILED, why, now);
  }

  private static ReplicaOutcome outcome(ReplicaRow r) {
    return new ReplicaOutcome(r.taskIndex(), r.replicaIndex(), r.centerId(), r.status());
  }

  private void finish(JobRow row, List<ReplicaRow> rs, JobStatus status, String why, Instant now) {
    if (!jobs.transition(row.job().id(), status, why, now)) return;
    for (ReplicaRow r : rs) {
      if (!r.status().terminal() && r.centerId() != null) {
        registry.adapter(r.centerId()).ifPresent(a -> stopQuietly(a, r));
      }
    }
  }

  private static void stopQuietly(io.computility.core.adapter.CenterAdapter a, ReplicaRow r) {
    try {
      a.stop(r.key());
    } catch (RuntimeException e) {
      log.warn("Could not stop {} on {}: {}", r.key().asString(), r.centerId(), e.getMessage());
    }
  }

  private static String describe(ReplicaRow r) {
    return "task "
        + r.taskIndex()
        + " replica "
        + r.replicaIndex()
        + " failed on "
        + r.centerId()
        + (r.message() == null ? "" : ": " + r.message());
  }
}
