package io.computility.server.federation.job;

import io.computility.core.adapter.CenterAdapter;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.job.JobStatus;
import io.computility.server.federation.center.CenterRegistry;
import io.computility.server.federation.job.ReplicaStore.StateChange;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.loop.Periodic;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Re-reads the state of every replica in flight from its center. Events can be missed (the server
 * was down, a center restarted); this makes the stored state converge anyway.
 */
@Component
public class Reconciler extends Periodic {
  private final ReplicaStore replicas;
  private final CenterRegistry registry;
  private final JobLifecycle lifecycle;
  private final Clock clock;

  public Reconciler(
      ReplicaStore replicas,
      CenterRegistry registry,
      JobLifecycle lifecycle,
      Clock clock,
      ComputilityProperties props) {
    super("reconciler", props.monitor().reconcileEvery());
    this.replicas = replicas;
    this.registry = registry;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  @Override
  protected void runOnce() {
    List<StateChange> changes = new ArrayList<>();
    for (ReplicaRow r : replicas.inFlight(5000)) {
      Optional<CenterAdapter> a = registry.adapter(r.centerId());
      if (a.isEmpty()) continue; // the center monitor fails replicas of lost centers
      try {
        Optional<ReplicaState> s = a.get().status(r.key());
        if (s.isEmpty()) {
          changes.add(
              new StateChange(
                  r.key(),
                  JobStatus.FAILED,
                  "center " + r.centerId() + " no longer knows this replica",
                  null,
                  clock.instant()));
        } else if (s.get().status() != r.status() && s.get().status() != JobStatus.PENDING) {
          ReplicaState st = s.get();
          changes.add(
              new StateChange(r.key(), st.status(), st.message(), st.startedAt(), st.finishedAt()));
        }
      } catch (RuntimeException e) {
        // unreachable: the monitor handles it
      }
    }
    lifecycle.apply(changes);
    // A job whose replicas all ended but whose own transition was lost in a crash.
    lifecycle.evaluate(replicas.unsettledJobs(1000));
  }
}
