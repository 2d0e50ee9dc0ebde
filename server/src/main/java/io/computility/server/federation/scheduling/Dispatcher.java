package io.computility.server.federation.scheduling;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.catalog.ResourceSpec;
import io.computility.core.job.JobStatus;
import io.computility.core.job.TaskSpec;
import io.computility.server.federation.center.CenterRegistry;
import io.computility.server.federation.job.JobLifecycle;
import io.computility.server.federation.job.JobReader;
import io.computility.server.federation.job.JobRow;
import io.computility.server.federation.job.ReplicaRow;
import io.computility.server.federation.job.ReplicaStore;
import io.computility.server.federation.job.ReplicaStore.StateChange;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.loop.Periodic;
import io.computility.server.shared.metrics.LatencyTimers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands decided replicas to their centers. Dispatch is idempotent: the decision is committed first
 * (DISPATCHING), the adapter is called with the replica's key (a key it already knows starts
 * nothing), and only then is the row marked DISPATCHED. A crash anywhere in between re-runs the
 * call after restart without starting a second copy.
 */
@Component
public class Dispatcher extends Periodic {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  private final ReplicaStore replicas;
  private final JobReader reader;
  private final DispatchLedger ledger;
  private final JobLifecycle lifecycle;
  private final CenterRegistry registry;
  private final ClusterViewFactory views;
  private final Reservations reservations;
  private final io.computility.server.federation.center.ImageResolver images;
  private final Clock clock;
  private final java.time.Duration lostAfter;
  private final int threads;
  private final io.computility.server.federation.center.DatasetArrivals arrivals;
  private final io.computility.server.shared.jdbc.JsonColumns json;
  private volatile ExecutorService callers;
  private final Map<String, Instant> absentSince = new java.util.concurrent.ConcurrentHashMap<>();

  public Dispatcher(
      ReplicaStore replicas,
      JobReader reader,
      DispatchLedger ledger,
      JobLifecycle lifecycle,
      CenterRegistry registry,
      ClusterViewFactory views,
      Reservations reservations,
      io.computility.server.federation.center.ImageResolver images,
      Clock clock,
      ComputilityProperties props,
      io.computility.server.federation.center.DatasetArrivals arrivals,
      io.computility.server.shared.jdbc.JsonColumns json) {
    super("dispatcher", props.scheduler().cycle());
    this.arrivals = arrivals;
    this.json = json;
    this.images = images;
    this.lostAfter = props.monitor().centerLostAfter();
    this.threads = props.scheduler().dispatchThreads();
    this.callers = newCallers(threads);
    this.replicas = replicas;
    this.reader = reader;
    this.ledger = ledger;
    this.lifecycle = lifecycle;
    this.registry = registry;
    this.views = views;
    this.reservations = reservations;
    this.clock = clock;
  }

  @Override
  protected void runOnce() {
    List<ReplicaRow> ready = replicas.dispatchable(clock.instant(), 2000);
    if (ready.isEmpty()) return;
    Map<String, JobRow> jobRows =
        reader.findAll(ready.stream().map(ReplicaRow::jobId).distinct().toList());
    List<StateChange> changes = Collections.synchronizedList(new ArrayList<>());
    List<Submitted> submitted = Collections.synchronizedList(new ArrayList<>());
    // Centers are called in parallel, each center's replicas in order: a slow or remote center
    // does not hold up the others.
    Map<String, List<ReplicaRow>> byCenter = new LinkedHashMap<>();
    for (ReplicaRow r : ready)
      byCenter.computeIfAbsent(r.centerId(), c -> new ArrayList<>()).add(r);
    List<CompletableFuture<Void>> calls = new ArrayList<>();
    for (List<ReplicaRow> rows : byCenter.values()) {
      calls.add(
          CompletableFuture.runAsync(
              () -> {
                for (ReplicaRow r : rows) {
                  JobRow job = jobRows.get(r.jobId());
                  if (job != null) dispatch(job, r, changes, submitted);
                }
              },
              callers));
    }
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
    acknowledge(new ArrayList<>(submitted), changes);
    lifecycle.apply(new ArrayList<>(changes));
  }

  @Override
  public void stop() {
    super.stop();
    callers.shutdown();
  }

  @Override
  public void start() {
    if (callers.isShutdown()) callers = newCallers(threads);
    super.start();
  }

  private static ExecutorService newCallers(int threads) {
    return Executors.newFixedThreadPool(
        threads, io.computility.server.shared.loop.DaemonThreads.named("dispatch-call"));
  }

  /** A replica a center has accepted, waiting to be recorded. */
  private record Submitted(
      ReplicaRow row, CenterAdapter adapter, ReplicaState state, Instant receivedAt) {}

  private void acknowledge(List<Submitted> submitted, List<StateChange> changes) {
    if (submitted.isEmpty()) return;
    Instant now = clock.instant();
    List<ReplicaKey> stale =
        ledger.acknowledge(
            submitted.stream().map(s -> s.row().key()).toList(),
            submitted.stream().map(s -> s.row().jobId()).distinct().toList(),
            now);
    for (Submitted s : submitted) {
      String key = s.row().key().asString();
      if (stale.contains(s.row().key())) {
        s.adapter().stop(s.row().key()); // stopped or retried while we were dispatching
        reservations.cancel(key);
        continue;
      }
      if (s.row().transferJson() != null) {
        arrivals.arrived(
            json.read(s.row().transferJson(), io.computility.core.data.TransferPlan.class));
      }
      if (s.receivedAt() != null) {
        LatencyTimers.record(
            LatencyTimers.SCHEDULING_TIME, java.time.Duration.between(s.receivedAt(), now));
      }
      ReplicaState st = s.state();
      if (st.status() != JobStatus.PENDING) {
        changes.add(
            new StateChange(
                s.row().key(), st.status(), st.message(), st.startedAt(), st.finishedAt()));
      }
    }
  }

  private void dispatch(
      JobRow job, ReplicaRow r, List<StateChange> failures, List<Submitted> submitted) {
    Optional<CenterAdapter> adapter = registry.adapter(r.centerId());
    if (adapter.isEmpty()) {
      // A center may be absent for a moment (rejoining after a restart); only one gone for
      // longer than center-lost-after makes its replicas fail and move elsewhere.
      Instant since = absentSince.computeIfAbsent(r.centerId(), c -> clock.instant());
      if (!clock.instant().isBefore(since.plus(lostAfter))) {
        failures.add(failure(r, "center " + r.centerId() + " left the federation"));
      }
      return;
    }
    absentSince.remove(r.centerId());
    TaskSpec task = job.job().tasks().get(r.taskIndex());
    ResourceSpec spec = views.spec(task.resourceSpecId());
    ReplicaLaunch launch =
        new ReplicaLaunch(
            r.key(),
            task.name(),
            task.command(),
            images.localId(r.centerId(), task.imageId()),
            task.resourceSpecId(),
            spec == null ? io.computility.core.resource.Resources.ZERO : spec.resources(),
            Map.of(
                "COMPUTILITY_JOB_ID", r.jobId(),
                "COMPUTILITY_TASK_INDEX", Integer.toString(r.taskIndex()),
                "COMPUTILITY_REPLICA_INDEX", Integer.toString(r.replicaIndex())));
    try {
      long started = System.nanoTime();
      ReplicaState state = adapter.get().submit(launch);
      LatencyTimers.since(LatencyTimers.DISPATCH, started);
      submitted.add(new Submitted(r, adapter.get(), state, job.job().submittedAt()));
    } catch (AdapterException ex) {
      if (ex.transientFailure()) {
        log.info(
            "Dispatch of {} to {} will be retried: {}",
            r.key().asString(),
            r.centerId(),
            ex.getMessage());
      } else {
        reservations.cancel(r.key().asString());
        failures.add(failure(r, "center " + r.centerId() + " refused: " + ex.getMessage()));
      }
    }
  }

  private StateChange failure(ReplicaRow r, String why) {
    return new StateChange(r.key(), JobStatus.FAILED, why, null, clock.instant());
  }
}
