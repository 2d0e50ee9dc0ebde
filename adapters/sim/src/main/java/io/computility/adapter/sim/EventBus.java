package io.computility.adapter.sim;

import io.computility.core.adapter.ReplicaEvent;
import io.computility.core.adapter.ReplicaState;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers replica events to subscribers in the order the engine recorded them. Events are recorded
 * under the engine's lock and delivered by {@link #drain()} after it is released, one delivering
 * thread at a time, so a listener may call back into the center.
 */
final class EventBus {
  private static final Logger log = LoggerFactory.getLogger(EventBus.class);

  private final String centerId;
  private final List<Consumer<ReplicaEvent>> listeners = new CopyOnWriteArrayList<>();
  private final Queue<ReplicaEvent> pending = new ConcurrentLinkedQueue<>();
  private final Object delivering = new Object();
  private volatile Thread deliverer;

  EventBus(String centerId) {
    this.centerId = centerId;
  }

  void subscribe(Consumer<ReplicaEvent> listener) {
    listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
  }

  /** Records an event; call under the engine's lock so that the order is the state order. */
  void record(ReplicaState state) {
    pending.add(new ReplicaEvent(centerId, state));
  }

  /** Delivers every recorded event; call without holding the engine's lock. */
  void drain() {
    if (deliverer == Thread.currentThread())
      return; // a listener called back: the outer loop goes on
    synchronized (delivering) {
      deliverer = Thread.currentThread();
      try {
        for (ReplicaEvent e; (e = pending.poll()) != null; ) deliver(e);
      } finally {
        deliverer = null;
      }
    }
  }

  private void deliver(ReplicaEvent e) {
    for (Consumer<ReplicaEvent> l : listeners) {
      try {
        l.accept(e);
      } catch (RuntimeException ex) {
        log.warn("listener failed on {} event of {}", e.state().status(), e.state().key(), ex);
      }
    }
  }
}
