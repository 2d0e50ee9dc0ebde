package io.computility.adapter.sim;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.adapter.CenterDescription;
import io.computility.core.adapter.ReplicaEvent;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.catalog.Image;
import io.computility.core.center.Center;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.MonitoringSnapshot;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An in-memory computing center (JC-6.4 adapter): accounts capacity, queues replicas FIFO when
 * resources are short, runs each for a duration derived from its command (see {@link
 * CommandModel}), reports JC table 4 snapshots and replica events, and can be taken off line. With
 * a journal it resumes its runs after its host process was killed. Build with {@link #builder}.
 *
 * <p>While off line every call but {@link #centerId()}, {@link #describe()} (status UNAVAILABLE),
 * {@link #subscribe} and the operator controls throws {@link AdapterException} with {@code
 * transientFailure() == true}.
 */
public final class SimCenter implements CenterAdapter {
  private final SimCenterConfig config;
  private final SimEngine engine;
  private final EventBus events;
  private final SimJournal journal;
  private final ScheduledExecutorService ownedScheduler;
  private final Instant createdAt = Instant.now();
  private volatile Instant statusChangedAt = createdAt;

  SimCenter(
      SimCenterConfig config,
      ScheduledExecutorService scheduler,
      boolean ownsScheduler,
      double timeScale,
      SimJournal journal,
      List<Consumer<ReplicaEvent>> listeners) {
    this.config = config;
    this.events = new EventBus(config.id());
    this.journal = journal;
    this.ownedScheduler = ownsScheduler ? scheduler : null;
    listeners.forEach(events::subscribe);
    this.engine = new SimEngine(config, scheduler, timeScale, journal, events);
    if (journal != null) engine.recover(journal.recovered());
    events.drain();
  }

  /** Starts building a center for {@code config}. */
  public static SimCenterBuilder builder(SimCenterConfig config) {
    return new SimCenterBuilder(config);
  }

  public SimCenterConfig config() {
    return config;
  }

  @Override
  public String centerId() {
    return config.id();
  }

  @Override
  public CenterDescription describe() {
    CenterStatus s = engine.online() ? CenterStatus.AVAILABLE : CenterStatus.UNAVAILABLE;
    Center c =
        new Center(
            config.id(),
            config.name(),
            config.region(),
            s,
            config.geometry(),
            createdAt,
            statusChangedAt);
    return new CenterDescription(c, config.profile());
  }

  @Override
  public MonitoringSnapshot snapshot() {
    return engine.snapshot();
  }

  @Override
  public List<Image> images() {
    engine.checkAvailable();
    return config.images().stream()
        .map(
            i ->
                new Image(
                    i.id(),
                    i.name(),
                    config.id(),
                    i.baseOs(),
                    i.framework(),
                    List.of(),
                    createdAt,
                    createdAt))
        .toList();
  }

  @Override
  public ReplicaState submit(ReplicaLaunch launch) {
    Objects.requireNonNull(launch, "launch");
    Objects.requireNonNull(launch.key(), "launch.key");
    return delivering(() -> engine.submit(launch));
  }

  @Override
  public void stop(ReplicaKey key) {
    delivering(
        () -> {
          engine.stop(key);
          return null;
        });
  }

  @Override
  public Optional<ReplicaState> status(ReplicaKey key) {
    return engine.status(key);
  }

  @Override
  public void subscribe(Consumer<ReplicaEvent> listener) {
    events.subscribe(listener);
  }

  @Override
  public String logs(ReplicaKey key) {
    return engine.logs(key);
  }

  /** Operator control: the center goes down; replicas it held fail with "center lost". */
  public void goOffline() {
    delivering(
        () -> {
          engine.goOffline();
          return null;
        });
    statusChangedAt = Instant.now();
  }

  /** Operator control: the center is reachable again (with no replicas running). */
  public void goOnline() {
    engine.goOnline();
    statusChangedAt = Instant.now();
  }

  /** Operator control: fails a running replica now (exit code 137); false if it is not running. */
  public boolean injectFailureOfRunning(ReplicaKey key) {
    return delivering(() -> engine.injectFailureOfRunning(key));
  }

  /** How many times this center instance moved {@code key} to RUNNING (0, or 1 at most). */
  public int starts(ReplicaKey key) {
    return engine.starts(key);
  }

  /** The journal file this center appends to, if it has one. */
  public Optional<Path> journalFile() {
    return Optional.ofNullable(journal).map(SimJournal::file);
  }

  /** Stops timers, closes the journal (its runs resume in a new center) and an owned scheduler. */
  @Override
  public void close() {
    engine.close();
    if (journal != null) journal.close();
    if (ownedScheduler != null) ownedScheduler.shutdownNow();
  }

  private <T> T delivering(Supplier<T> call) {
    try {
      return call.get();
    } finally {
      events.drain();
    }
  }
}
