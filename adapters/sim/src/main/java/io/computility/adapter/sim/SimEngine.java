package io.computility.adapter.sim;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.job.JobStatus;
import io.computility.core.resource.Resources;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state machine of one simulated center: capacity accounting, the FIFO queue, run timers and
 * the journal. Every method runs under the engine's lock and only records events; callers deliver
 * them with {@link EventBus#drain()} once the lock is released.
 */
final class SimEngine {
  private static final Logger log = LoggerFactory.getLogger(SimEngine.class);

  private final SimCenterConfig config;
  private final ScheduledExecutorService scheduler;
  private final double timeScale;
  private final SimJournal journal;
  private final EventBus events;
  private final CommandModel commands;
  private final Random random;
  private final Clock clock = Clock.systemUTC();
  private final Map<ReplicaKey, Replica> replicas = new HashMap<>();
  private final Map<ReplicaKey, Integer> starts = new HashMap<>();
  private final Set<Replica> running = new LinkedHashSet<>();
  private final Set<Replica> waiting = new LinkedHashSet<>();
  private final Deque<Replica> queue = new ArrayDeque<>();
  private Resources used = Resources.ZERO;
  private long seq;
  private boolean online = true;
  private boolean closed;

  SimEngine(
      SimCenterConfig config,
      ScheduledExecutorService scheduler,
      double timeScale,
      SimJournal journal,
      EventBus events) {
    this.config = config;
    this.scheduler = scheduler;
    this.timeScale = timeScale;
    this.journal = journal;
    this.events = events;
    this.commands = new CommandModel(config);
    this.random = new Random(config.failure().seed());
  }

  synchronized ReplicaState submit(ReplicaLaunch l) {
    guard();
    Replica known = replicas.get(l.key());
    if (known != null) return known.state();
    String imageName = admissible(l);
    Instant now = clock.instant();
    RunPlan plan = commands.plan(l.command(), random.nextDouble());
    String externalId = "sim-" + config.id() + "-" + (seq + 1);
    Replica r = new Replica(l, externalId, plan, now, new ReplicaLog(config.id()));
    if (journal != null) {
      try {
        journal.submitted(r);
      } catch (IOException e) {
        throw new AdapterException("center " + config.id() + " cannot journal the submit", true, e);
      }
    }
    seq++;
    replicas.put(l.key(), r);
    waiting.add(r);
    r.message = "scheduling";
    r.log.accepted(now, l, externalId, imageName);
    events.record(r.state());
    admitAfter(r, wall(config.startDelay().toMillis()));
    return r.state();
  }

  private String admissible(ReplicaLaunch l) {
    if (l.resources() == null) reject("replica " + l.key().asString() + " names no resources");
    if (!config.capacity().covers(l.resources())) {
      reject("replica " + l.key().asString() + " needs more than the center's whole capacity");
    }
    for (SimImage i : config.images()) if (i.id().equals(l.imageId())) return i.name();
    reject("image " + l.imageId() + " is not available in center " + config.id());
    return null;
  }

  private void admitAfter(Replica r, long delayMs) {
    if (delayMs <= 0) {
      enqueue(r);
      dispatch();
    } else {
      r.timer = schedule(() -> admit(r), delayMs);
    }
  }

  private synchronized void admit(Replica r) {
    if (r.status != JobStatus.PENDING || closed) return;
    enqueue(r);
    dispatch();
  }

  private void enqueue(Replica r) {
    r.timer = null;
    queue.add(r);
    if (queue.size() > 1 || !fits(r)) {
      r.message = "waiting for resources";
      r.log.line(
          clock.instant(), "INFO", "waiting for resources, position " + queue.size() + " in queue");
    }
  }

  private boolean fits(Replica r) {
    return config.capacity().minusClamped(used).covers(r.resources());
  }

  private void dispatch() {
    while (!queue.isEmpty() && fits(queue.peek())) start(queue.poll());
  }

  private void start(Replica r) {
    Instant now = clock.instant();
    waiting.remove(r);
    running.add(r);
    used = used.plus(r.resources());
    r.status = JobStatus.RUNNING;
    r.message = "running";
    r.startedAt = now;
    r.runWallMs = wall(r.plan.simMillis());
    starts.merge(r.key(), 1, Integer::sum);
    r.log.line(now, "INFO", "started on " + config.name() + ", run time " + seconds(r) + " s");
    journal(r, true);
    events.record(r.state());
    r.timer = schedule(() -> complete(r), r.runWallMs);
  }

  private synchronized void complete(Replica r) {
    if (r.status != JobStatus.RUNNING || closed) return;
    end(r, r.plan.succeeds() ? JobStatus.COMPLETED : JobStatus.FAILED, r.plan.outcome());
    dispatch();
  }

  private void end(Replica r, JobStatus status, String message) {
    Instant now = clock.instant();
    r.cancelTimer();
    if (r.status == JobStatus.RUNNING) {
      running.remove(r);
      used = used.minusClamped(r.resources());
      r.log.progress(r.startedAt, r.runWallMs, r.plan.simMillis(), now);
    } else {
      waiting.remove(r);
      queue.remove(r);
    }
    r.status = status;
    r.message = message;
    r.finishedAt = now;
    String level = status == JobStatus.COMPLETED ? "INFO" : "ERROR";
    r.log.line(now, level, "replica " + status.wire() + ": " + message);
    journal(r, false);
    events.record(r.state());
  }

  synchronized void stop(ReplicaKey key) {
    guard();
    Replica r = replicas.get(key);
    if (r == null || r.status.terminal()) return;
    end(r, JobStatus.STOPPED, "stopped on request");
    dispatch();
  }

  synchronized boolean injectFailureOfRunning(ReplicaKey key) {
    guard();
    Replica r = replicas.get(key);
    if (r == null || r.status != JobStatus.RUNNING) return false;
    end(r, JobStatus.FAILED, "exit code 137: injected failure, killed by the operator");
    dispatch();
    return true;
  }

  /** Takes the center off line: every replica it holds is lost. */
  synchronized void goOffline() {
    if (!online) return;
    online = false;
    List<Replica> lost = new ArrayList<>(running);
    lost.addAll(waiting);
    for (Replica r : lost) end(r, JobStatus.FAILED, "center lost");
  }

  synchronized void goOnline() {
    online = true;
  }

  synchronized boolean online() {
    return online;
  }

  synchronized Optional<ReplicaState> status(ReplicaKey key) {
    guard();
    return Optional.ofNullable(replicas.get(key)).map(Replica::state);
  }

  synchronized String logs(ReplicaKey key) {
    guard();
    Replica r = replicas.get(key);
    if (r == null) return "";
    if (r.status == JobStatus.RUNNING) {
      r.log.progress(r.startedAt, r.runWallMs, r.plan.simMillis(), clock.instant());
    }
    return r.log.text();
  }

  synchronized MonitoringSnapshot snapshot() {
    guard();
    return new MonitoringSnapshot(
        config.id(),
        config.name(),
        running.size(),
        waiting.size(),
        used,
        config.capacity().minusClamped(used),
        config.securityGrade(),
        clock.instant());
  }

  synchronized int starts(ReplicaKey key) {
    return starts.getOrDefault(key, 0);
  }

  /** Rebuilds the replicas a journal held: ended stay ended, running resume, waiting re-queue. */
  synchronized void recover(List<JournalRecord> records) {
    long now = clock.millis();
    long startDelay = wall(config.startDelay().toMillis());
    for (JournalRecord rec : records) {
      random.nextDouble(); // keep the draws aligned with the run before the restart
      seq++;
      Replica r =
          new Replica(
              rec.launch, rec.externalId, rec.plan, rec.submittedAt, new ReplicaLog(config.id()));
      r.log.accepted(rec.submittedAt, rec.launch, rec.externalId, imageName(rec.launch.imageId()));
      r.log.line(clock.instant(), "INFO", "recovered from the journal after a restart");
      replicas.put(r.key(), r);
      r.startedAt = rec.startedAt;
      r.runWallMs = rec.runWallMs;
      if (rec.ended()) {
        r.status = rec.endStatus;
        r.message = rec.message;
        r.finishedAt = rec.finishedAt;
      } else if (rec.started()) {
        r.status = JobStatus.RUNNING;
        r.message = "running";
        running.add(r);
        used = used.plus(r.resources());
        long left = rec.startedAt.toEpochMilli() + rec.runWallMs - now;
        r.timer = schedule(() -> complete(r), Math.max(0, left));
      } else {
        waiting.add(r);
        r.message = "scheduling";
        long left = rec.submittedAt.toEpochMilli() + startDelay - now;
        if (left <= 0) enqueue(r);
        else r.timer = schedule(() -> admit(r), left);
      }
    }
    dispatch();
  }

  /** Stops every timer; the journal keeps what ran so that a new engine can resume it. */
  synchronized void close() {
    closed = true;
    for (Replica r : replicas.values()) r.cancelTimer();
  }

  private String imageName(String imageId) {
    for (SimImage i : config.images()) if (i.id().equals(imageId)) return i.name();
    return "no longer offered";
  }

  synchronized void checkAvailable() {
    guard();
  }

  private void guard() {
    if (closed) throw new AdapterException("center " + config.id() + " adapter is closed", false);
    if (!online) throw new AdapterException("center " + config.id() + " is offline", true);
  }

  private void reject(String message) {
    throw new AdapterException(message, false);
  }

  private void journal(Replica r, boolean start) {
    if (journal == null) return;
    try {
      if (start) journal.started(r);
      else journal.ended(r);
    } catch (IOException e) {
      log.error("center {}: cannot journal {} of {}", config.id(), r.status, r.key(), e);
    }
  }

  private java.util.concurrent.Future<?> schedule(Runnable locked, long delayMs) {
    Runnable task =
        () -> {
          try {
            locked.run();
          } catch (RuntimeException e) {
            log.error("center {}: replica timer failed", config.id(), e);
          } finally {
            events.drain();
          }
        };
    try {
      return scheduler.schedule(task, delayMs, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      throw new AdapterException("center " + config.id() + ": scheduler is shut down", false, e);
    }
  }

  private long wall(long simMillis) {
    return Math.round(simMillis * timeScale);
  }

  private String seconds(Replica r) {
    return String.format(java.util.Locale.ROOT, "%.3f", r.plan.simMillis() / 1000.0);
  }
}
