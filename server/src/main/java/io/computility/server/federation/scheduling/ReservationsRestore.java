package io.computility.server.federation.scheduling;

import io.computility.core.catalog.ResourceSpec;
import io.computility.server.federation.job.JobReader;
import io.computility.server.federation.job.JobRow;
import io.computility.server.federation.job.ReplicaRow;
import io.computility.server.federation.job.ReplicaStore;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds {@link Reservations} from the database at start-up (issue 12): replicas placed on a
 * center but not yet seen running keep their resources booked, so that the first cycles after a
 * restart do not place more work on capacity the centers' snapshots do not show as used yet. Runs
 * while the context is built, before the scheduling loop starts (a lifecycle bean).
 */
@Component
public class ReservationsRestore {
  private static final Logger log = LoggerFactory.getLogger(ReservationsRestore.class);

  public ReservationsRestore(
      ReplicaStore replicas,
      JobReader reader,
      ClusterViewFactory views,
      Reservations reservations) {
    List<ReplicaRow> rows = replicas.placedNotStarted();
    if (rows.isEmpty()) return;
    Map<String, JobRow> jobs =
        reader.findAll(rows.stream().map(ReplicaRow::jobId).distinct().toList());
    int restored = 0;
    for (ReplicaRow r : rows) {
      JobRow job = jobs.get(r.jobId());
      if (job == null || r.taskIndex() >= job.job().tasks().size()) continue;
      ResourceSpec spec = views.spec(job.job().tasks().get(r.taskIndex()).resourceSpecId());
      if (spec == null) continue;
      reservations.reserve(r.centerId(), r.key().asString(), spec.resources());
      restored++;
    }
    log.info("Restored {} reservations of replicas placed and not yet running", restored);
  }
}
