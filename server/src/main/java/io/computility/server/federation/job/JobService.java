package io.computility.server.federation.job;

import io.computility.core.adapter.CenterAdapter;
import io.computility.core.job.Job;
import io.computility.core.job.JobStateEvaluator;
import io.computility.core.job.JobStatus;
import io.computility.core.job.TaskSpec;
import io.computility.server.federation.center.CenterRegistry;
import io.computility.server.shared.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Jobs: accepted durably, scheduled by the pipeline, followed to the end (JC-6.4). This accepts,
 * reads and stops them; scheduling and dispatch happen in the background loops.
 */
@Service
public class JobService {
  private final JobWriter writer;
  private final JobReader reader;
  private final JobStateStore states;
  private final JobReferences references;
  private final CenterRegistry registry;
  private final SchedulerSignal scheduler;
  private final Clock clock;
  private final ReplicaCapacity reservations;

  public JobService(
      JobWriter writer,
      JobReader reader,
      JobStateStore states,
      JobReferences references,
      CenterRegistry registry,
      SchedulerSignal scheduler,
      Clock clock,
      ReplicaCapacity reservations) {
    this.reservations = reservations;
    this.writer = writer;
    this.reader = reader;
    this.states = states;
    this.references = references;
    this.registry = registry;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  /**
   * Validates references (specs, images, datasets, policy, pinned centers) and stores the job in
   * the queue; returns only after the job is durable. Throws {@code InvalidInputException} naming
   * the field.
   */
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

  public Optional<JobView> find(String jobId) {
    return reader.find(jobId).map(row -> view(row, reader.replicas(jobId)));
  }

  public List<JobView> list(JobQuery query) {
    List<JobRow> rows = reader.list(query);
    var replicas = reader.replicasOf(rows.stream().map(r -> r.job().id()).toList());
    return rows.stream().map(r -> view(r, replicas.getOrDefault(r.job().id(), List.of()))).toList();
  }

  public long count(JobQuery query) {
    return reader.count(query);
  }

  /** Stops every running replica and marks the job stopped; NotFoundException if unknown. */
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

  /** The replica's log text (current attempt), NotFoundException if job/task/replica unknown. */
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
