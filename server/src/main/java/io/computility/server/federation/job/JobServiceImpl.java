package io.computility.server.federation.job;

import io.computility.core.adapter.CenterAdapter;
import io.computility.core.job.Job;
import io.computility.core.job.JobStateEvaluator;
import io.computility.core.job.JobStatus;
import io.computility.core.job.TaskSpec;
import io.computility.server.federation.center.CenterRegistry;
import io.computility.server.federation.scheduling.DecisionReader;
import io.computility.server.federation.scheduling.DecisionRecord;
import io.computility.server.federation.scheduling.SchedulingMetrics;
import io.computility.server.federation.scheduling.SchedulingMetricsStore;
import io.computility.server.shared.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Accepts, reads and stops jobs. Scheduling and dispatch happen in the background loops. */
@Service
public class JobServiceImpl implements JobService {
  private final JobWriter writer;
  private final JobReader reader;
  private final JobStateStore states;
  private final DecisionReader decisions;
  private final JobReferences references;
  private final CenterRegistry registry;
  private final SchedulerSignal scheduler;
  private final Clock clock;
  private final SchedulingMetricsStore metrics;
  private final io.computility.server.federation.scheduling.Reservations reservations;

  public JobServiceImpl(
      JobWriter writer,
      JobReader reader,
      JobStateStore states,
      DecisionReader decisions,
      JobReferences references,
      CenterRegistry registry,
      SchedulerSignal scheduler,
      Clock clock,
      SchedulingMetricsStore metrics,
      io.computility.server.federation.scheduling.Reservations reservations) {
    this.metrics = metrics;
    this.reservations = reservations;
    this.writer = writer;
    this.reader = reader;
    this.states = states;
    this.decisions = decisions;
    this.references = references;
    this.registry = registry;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  @Override
  public JobView submit(NewJob nj) {
    references.check(nj);
    Instant now = clock.instant();
    List<TaskSpec> tasks = new ArrayList<>();
    for (int i = 0; i < nj.tasks().size(); i++) {
      NewJob.NewTask t = nj.tasks().get(i);
      tasks.add(
          new TaskSpec(
              i, t.name(), t.command(), t.imageId(), t.resourceSpecId(), t.replicaNumber()));
    }
    String user = nj.userName() == null ? "anonymous" : nj.userName();
    Job job =
        new Job(
            JobIdGenerator.next(now),
            nj.name(),
            user,
            nj.desc() == null ? "" : nj.desc(),
            user,
            tasks,
            nj.requirements(),
            now);
    writer.insert(job); // durable before we answer
    scheduler.wake();
    return accepted(job);
  }

  @Override
  public Optional<JobView> find(String jobId) {
    return reader.find(jobId).map(row -> view(row, reader.replicas(jobId)));
  }

  @Override
  public List<JobView> list(JobQuery query) {
    List<JobRow> rows = reader.list(query);
    var replicas = reader.replicasOf(rows.stream().map(r -> r.job().id()).toList());
    return rows.stream().map(r -> view(r, replicas.getOrDefault(r.job().id(), List.of()))).toList();
  }

  @Override
  public long count(JobQuery query) {
    return reader.count(query);
  }

  @Override
  public JobView stop(String jobId) {
    JobRow row =
        reader.find(jobId).orElseThrow(() -> new NotFoundException("jobId", "no job " + jobId));
    if (!row.status().terminal()) {
      for (ReplicaRow r : states.stop(jobId, clock.instant())) {
        reservations.cancel(r.key().asString());
        if (r.centerId() == null) continue;
        registry.adapter(r.centerId()).ifPresent(a -> stopAt(a, r));
      }
    }
    return find(jobId).orElseThrow();
  }

  @Override
  public String replicaLog(String jobId, int taskIndex, int replicaIndex) {
    ReplicaRow r =
        reader.replicas(jobId).stream()
            .filter(x -> x.taskIndex() == taskIndex && x.replicaIndex() == replicaIndex)
            .findFirst()
            .orElseThrow(() -> notFoundReplica(jobId, taskIndex, replicaIndex));
    if (r.centerId() == null || "NONE".equals(r.dispatchState())) {
      return "replica not started yet: "
          + (r.message() == null ? "waiting for a center" : r.message())
          + "\n";
    }
    return registry
        .adapter(r.centerId())
        .map(a -> a.logs(r.key()))
        .orElse("center " + r.centerId() + " is not connected; its log cannot be read now\n");
  }

  @Override
  public SchedulingMetrics metrics(Instant since) {
    return metrics.since(since);
  }

  @Override
  public Optional<DecisionRecord> lastDecision(String jobId) {
    return decisions.find(jobId);
  }

  /** The view of a job just stored: queued, no replica placed yet (saves re-reading it). */
  private static JobView accepted(Job job) {
    List<TaskView> tasks = new ArrayList<>();
    for (TaskSpec t : job.tasks()) {
      List<ReplicaView> replicas = new ArrayList<>();
      for (int r = 0; r < t.replicaNumber(); r++) {
        replicas.add(new ReplicaView(t.index(), r, 0, null, JobStatus.PENDING, null, null, null));
      }
      tasks.add(new TaskView(t, JobStatus.PENDING, replicas));
    }
    return new JobView(
        job, JobStatus.PENDING, "QUEUED", null, 0, tasks, job.submittedAt(), null, null);
  }

  private NotFoundException notFoundReplica(String jobId, int t, int r) {
    if (reader.find(jobId).isEmpty()) return new NotFoundException("jobId", "no job " + jobId);
    return new NotFoundException(
        "replicaIndex", "no task " + t + " replica " + r + " in job " + jobId);
  }

  private static void stopAt(CenterAdapter a, ReplicaRow r) {
    try {
      a.stop(r.key());
    } catch (RuntimeException e) {
      // the reconciler and center monitor catch up with centers that cannot be reached now
    }
  }

  static JobView view(JobRow row, List<ReplicaRow> replicas) {
    List<TaskView> tasks = new ArrayList<>();
    String phase = row.phase();
    for (TaskSpec t : row.job().tasks()) {
      List<ReplicaRow> mine = replicas.stream().filter(r -> r.taskIndex() == t.index()).toList();
      if (mine.stream()
          .anyMatch(r -> "TRANSFERRING".equals(r.dispatchState()) && !r.status().terminal())) {
        phase = "TRANSFERRING";
      }
      JobStatus st =
          JobStateEvaluator.evaluate(
              mine.stream().map(ReplicaRow::status).toList(),
              row.job().requirements().statePolicy());
      tasks.add(new TaskView(t, st, mine.stream().map(ReplicaRow::view).toList()));
    }
    return new JobView(
        row.job(),
        row.status(),
        phase,
        row.reason(),
        row.attempt(),
        tasks,
        row.job().submittedAt(),
        row.dispatchedAt(),
        row.finishedAt());
  }
}
