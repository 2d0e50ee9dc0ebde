package io.computility.adapter.sim;

import io.computility.core.adapter.ReplicaEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/** Builds a {@link SimCenter}: its scheduler, time scale, journal and first listeners. */
public final class SimCenterBuilder {
  private final SimCenterConfig config;
  private ScheduledExecutorService scheduler;
  private double timeScale = 1.0;
  private Path journalDirectory;
  private final List<Consumer<ReplicaEvent>> listeners = new ArrayList<>();

  SimCenterBuilder(SimCenterConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** A shared scheduler the center runs its timers on; without one the center owns a thread. */
  public SimCenterBuilder scheduler(ScheduledExecutorService scheduler) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    return this;
  }

  /** Wall-clock time per simulated time: 0.001 runs a 60 s replica in 60 ms. Default 1. */
  public SimCenterBuilder timeScale(double timeScale) {
    if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
      throw new IllegalArgumentException("timeScale must be a positive number, was " + timeScale);
    }
    this.timeScale = timeScale;
    return this;
  }

  /** Journals every state change in {@code directory} and resumes what it holds on build. */
  public SimCenterBuilder journal(Path directory) {
    this.journalDirectory = directory;
    return this;
  }

  /** Subscribes before journal recovery, so events of resumed replicas are not missed. */
  public SimCenterBuilder listener(Consumer<ReplicaEvent> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  public SimCenter build() {
    boolean owns = scheduler == null;
    ScheduledExecutorService s = owns ? newScheduler("sim-" + config.id(), 1) : scheduler;
    SimJournal journal =
        journalDirectory == null ? null : SimJournal.open(journalDirectory, config.id());
    return new SimCenter(config, s, owns, timeScale, journal, listeners);
  }

  /** A scheduler of daemon threads named {@code prefix-N}. */
  static ScheduledExecutorService newScheduler(String prefix, int threads) {
    int[] n = {0};
    return Executors.newScheduledThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, prefix + "-" + (++n[0]));
          t.setDaemon(true);
          return t;
        });
  }
}
