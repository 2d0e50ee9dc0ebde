package io.computility.server.federation.job;

import java.time.Instant;

/**
 * Capacity the scheduler holds for a dispatched replica until the center's next snapshot shows it.
 * The job context reports when a replica starts or ends; the scheduling context implements this
 * (its {@code Reservations}), so jobs need not know the scheduler.
 */
public interface ReplicaCapacity {

  /** The replica runs at the center since {@code at}: the center's snapshots will count it. */
  void started(String replicaKey, Instant at);

  /** The replica ended or was stopped: whatever was held for it is free again. */
  void cancel(String replicaKey);
}
