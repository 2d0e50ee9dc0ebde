package io.computility.core.adapter;

import io.computility.core.job.JobStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The newest known state of each replica of one center, with a change published to the adapter's
 * listeners once. Polls from several threads may answer out of order, so a state never moves back
 * (running after completed, pending after running); the state kept is what {@link #record} answers.
 */
public final class LatestReplicaStates {
  private static final System.Logger LOG = System.getLogger(LatestReplicaStates.class.getName());

  private final String centerId;
  private final Map<ReplicaKey, ReplicaState> latest = new ConcurrentHashMap<>();
  private final List<Consumer<ReplicaEvent>> listeners = new CopyOnWriteArrayList<>();

  public LatestReplicaStates(String centerId) {
    this.centerId = centerId;
  }

  public void subscribe(Consumer<ReplicaEvent> listener) {
    listeners.add(listener);
  }

  public Optional<ReplicaState> get(ReplicaKey key) {
    return Optional.ofNullable(latest.get(key));
  }

  /** A snapshot of every replica's newest state. */
  public List<ReplicaState> all() {
    return List.copyOf(latest.values());
  }

  /** Keeps {@code s} unless an older answer than the one kept; publishes a changed status. */
  public synchronized ReplicaState record(ReplicaState s) {
    ReplicaState before = latest.get(s.key());
    if (before != null && (before.status().terminal() || rank(s) < rank(before))) return before;
    latest.put(s.key(), s);
    if (before != null && before.status() == s.status()) return s;
    ReplicaEvent e = new ReplicaEvent(centerId, s);
    for (Consumer<ReplicaEvent> l : listeners) {
      try {
        l.accept(e);
      } catch (RuntimeException ex) {
        LOG.log(System.Logger.Level.WARNING, "Replica event listener failed: " + ex);
      }
    }
    return s;
  }

  private static int rank(ReplicaState s) {
    return s.status().terminal() ? 2 : s.status() == JobStatus.RUNNING ? 1 : 0;
  }
}
