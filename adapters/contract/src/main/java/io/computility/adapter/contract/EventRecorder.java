package io.computility.adapter.contract;

import io.computility.core.adapter.ReplicaEvent;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.job.JobStatus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Records every replica event an adapter emits, from any thread. */
public final class EventRecorder implements Consumer<ReplicaEvent> {
  private final List<ReplicaEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void accept(ReplicaEvent event) {
    events.add(event);
  }

  public List<ReplicaEvent> all() {
    return List.copyOf(events);
  }

  /** The statuses reported for {@code key}, in arrival order. */
  public List<JobStatus> statusesOf(ReplicaKey key) {
    return events.stream()
        .filter(e -> e.state().key().equals(key))
        .map(e -> e.state().status())
        .toList();
  }
}
