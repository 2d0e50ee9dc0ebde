package io.computility.server.federation.job;

import io.computility.core.adapter.ReplicaEvent;
import io.computility.core.adapter.ReplicaState;
import io.computility.server.federation.center.CenterRegistry;
import io.computility.server.federation.job.ReplicaStore.StateChange;
import io.computility.server.shared.loop.Periodic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.stereotype.Component;

/**
 * Collects replica events from every center and applies them in batches, so that a burst of events
 * costs a few database round trips rather than one each.
 */
@Component
public class ReplicaEventSink extends Periodic {
  private final LinkedBlockingQueue<ReplicaEvent> queue = new LinkedBlockingQueue<>();
  private final JobLifecycle lifecycle;

  public ReplicaEventSink(CenterRegistry registry, JobLifecycle lifecycle) {
    super("replica-events", Duration.ofMillis(50));
    this.lifecycle = lifecycle;
    registry.onReplicaEvent(queue::add);
  }

  @Override
  protected void runOnce() {
    List<ReplicaEvent> batch = new ArrayList<>();
    while (queue.drainTo(batch, 1000) > 0) {
      // A pending event carries nothing new and must never move a running replica back.
      lifecycle.apply(
          batch.stream()
              .filter(e -> e.state().status() != io.computility.core.job.JobStatus.PENDING)
              .map(ReplicaEventSink::change)
              .toList());
      batch.clear();
    }
  }

  static StateChange change(ReplicaEvent e) {
    ReplicaState s = e.state();
    return new StateChange(s.key(), s.status(), s.message(), s.startedAt(), s.finishedAt());
  }
}
