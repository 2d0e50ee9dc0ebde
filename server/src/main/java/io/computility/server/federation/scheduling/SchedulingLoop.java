package io.computility.server.federation.scheduling;

import io.computility.core.adapter.ReplicaKey;
import io.computility.core.job.Job;
import io.computility.core.job.JobStatus;
import io.computility.core.scheduling.Assignment;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.Placement;
import io.computility.core.scheduling.ReplicaRequest;
import io.computility.core.scheduling.SchedulingPipeline;
import io.computility.server.federation.job.JobReader;
import io.computility.server.federation.job.JobRow;
import io.computility.server.federation.job.ReplicaRow;
import io.computility.server.federation.job.SchedulerSignal;
import io.computility.server.federation.scheduling.DecisionStore.JobDecision;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.loop.Periodic;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The JC-6.5 scheduling cycle: take queued jobs from the persistent queue (priority, then age),
 * build the unified view once, run the pipeline for each job, store every decision in one
 * transaction, then hand the bound replicas to the dispatcher.
 */
@Component
public class SchedulingLoop extends Periodic implements SchedulerSignal {
  private final JobReader reader;
  private final DecisionStore decisions;
  private final ClusterViewFactory views;
  private final SchedulingPipeline pipeline;
  private final PolicyResolver policies;
  private final Reservations reservations;
  private final Dispatcher dispatcher;
  private final Clock clock;
  private final int batchSize;

  public SchedulingLoop(
      JobReader reader,
      DecisionStore decisions,
      ClusterViewFactory views,
      SchedulingPipeline pipeline,
      PolicyResolver policies,
      Reservations reservations,
      Dispatcher dispatcher,
      Clock clock,
      ComputilityProperties props) {
    super("scheduler", props.scheduler().cycle());
    this.reader = reader;
    this.decisions = decisions;
    this.views = views;
    this.pipeline = pipeline;
    this.policies = policies;
    this.reservations = reservations;
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.batchSize = props.scheduler().batchSize();
  }

  @Override
  public void wake() {
    nudge();
  }

  @Override
  protected void runOnce() {
    List<String> ids = reader.queued(batchSize);
    if (ids.isEmpty()) return;
    ClusterView view = views.build();
    Optional<ClusterView> parent = views.buildEscalation();
    Map<String, List<ReplicaRow>> replicas = reader.replicasOf(ids);
    Map<String, JobRow> rows = reader.findAll(ids);
    List<JobDecision> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      JobRow row = rows.get(id);
      if (row == null || row.status().terminal()) continue;
      List<ReplicaRequest> pending = pending(replicas.getOrDefault(id, List.of()));
      if (pending.isEmpty()) continue;
      Job job = row.job();
      var policy = policies.resolve(job.requirements().policy());
      Placement p = pipeline.schedule(job, pending, view, policy);
      if (p.kind() != Placement.Kind.PLACED
          && job.requirements().escalate()
          && parent.isPresent()) {
        Placement up = pipeline.schedule(job, pending, parent.get(), policy);
        if (up.kind() == Placement.Kind.PLACED) p = up;
      }
      out.add(new JobDecision(id, policy.name(), row.attempt(), p));
      reserve(job, p, replicas.get(id));
    }
    decisions.save(out, clock.instant());
    dispatcher.nudge();
    if (ids.size() == batchSize) nudge();
  }

  private static List<ReplicaRequest> pending(List<ReplicaRow> rows) {
    List<ReplicaRequest> list = new ArrayList<>();
    for (ReplicaRow r : rows) {
      if (r.centerId() == null && r.status() == JobStatus.PENDING) {
        list.add(new ReplicaRequest(r.taskIndex(), r.replicaIndex(), r.avoidCenters()));
      }
    }
    return list;
  }

  private void reserve(Job job, Placement p, List<ReplicaRow> rows) {
    for (Assignment a : p.assignments()) {
      int attempt = 0;
      for (ReplicaRow r : rows) {
        if (r.taskIndex() == a.taskIndex() && r.replicaIndex() == a.replicaIndex())
          attempt = r.attempt();
      }
      String key = new ReplicaKey(job.id(), a.taskIndex(), a.replicaIndex(), attempt).asString();
      String spec = job.tasks().get(a.taskIndex()).resourceSpecId();
      reservations.reserve(a.centerId(), key, views.spec(spec).resources());
    }
  }
}
