package io.computility.adapter.http;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.ReplicaEvent;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.job.JobStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns polling into replica events: every {@code interval} the replicas not yet ended are re-read;
 * a changed status is emitted once. For centers reached over HTTP that have no push channel the
 * adapter could rely on (a lower tier, a pool controller).
 */
public final class ReplicaPoller implements AutoCloseable {
  private final String centerId;
  private final Function<ReplicaKey, Optional<ReplicaState>> read;
  private final Map<ReplicaKey, JobStatus> open = new ConcurrentHashMap<>();
  private final List<Consumer<ReplicaEvent>> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService timer;

  /**
   * @param threadPrefix names the polling thread ({@code <prefix>-watch-<centerId>})
   * @param read the current state of one replica; empty when the center no longer knows it
   */
  public ReplicaPoller(
      String threadPrefix,
      String centerId,
      Duration interval,
      Function<ReplicaKey, Optional<ReplicaState>> read) {
    this.centerId = centerId;
    this.read = read;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, threadPrefix + "-watch-" + centerId);
              t.setDaemon(true);
              return t;
            });
    long ms = Math.max(10, interval.toMillis());
    timer.scheduleWithFixedDelay(this::pollAll, ms, ms, TimeUnit.MILLISECONDS);
  }

  public void subscribe(Consumer<ReplicaEvent> listener) {
    listeners.add(listener);
  }

  /** Emits {@code s} and follows its replica until it ends. */
  public void watch(ReplicaState s) {
    open.put(s.key(), s.status());
    emit(s);
  }

  /** Re-reads one replica now (after a stop), emitting a change. */
  public void refresh(ReplicaKey key) {
    try {
      read.apply(key).ifPresent(this::changed);
    } catch (AdapterException e) {
      // the next poll tries again
    }
  }

  private void pollAll() {
    for (ReplicaKey key : List.copyOf(open.keySet())) {
      try {
        read.apply(key).ifPresent(this::changed);
      } catch (AdapterException e) {
        return; // the center is unreachable; keep the replicas open and try again later
      } catch (RuntimeException e) {
        open.remove(key);
      }
    }
  }

  private void changed(ReplicaState s) {
    JobStatus before = open.get(s.key());
    if (s.status().terminal()) {
      if (open.remove(s.key()) != null) emit(s);
    } else if (before != null && before != s.status()) {
      open.put(s.key(), s.status());
      emit(s);
    }
  }

  private void emit(ReplicaState s) {
    ReplicaEvent e = new ReplicaEvent(centerId, s);
    for (Consumer<ReplicaEvent> l : listeners) l.accept(e);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
