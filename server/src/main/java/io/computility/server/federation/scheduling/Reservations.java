package io.computility.server.federation.scheduling;

import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.resource.Resources;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Resources the scheduler has promised to centers that their last snapshot does not show yet.
 * Without this, every cycle between two monitor polls would see the same free capacity and
 * over-commit the center. A reservation ends when a snapshot taken after the replica started
 * arrives, not after its dispatch: a center that accepted a replica may hold it in its own queue
 * (start-up delay, Slurm's pending state) without counting it as used, and a reservation ended at
 * dispatch would let the next cycle place more work on the same capacity.
 */
@Component
public class Reservations implements io.computility.server.federation.job.ReplicaCapacity {
  private final Map<String, Map<String, Reservation>> byCenter = new ConcurrentHashMap<>();
  private final Map<String, Reservation> byKey = new ConcurrentHashMap<>();

  private static final class Reservation {
    final String centerId;
    final Resources amount;

    /** When the center started the replica: snapshots taken later count its usage. */
    volatile Instant startedAt;

    Reservation(String centerId, Resources amount) {
      this.centerId = centerId;
      this.amount = amount;
    }
  }

  /** Books resources for a replica attempt (its key string) on a center. */
  public void reserve(String centerId, String replicaKey, Resources amount) {
    Reservation r = new Reservation(centerId, amount);
    byKey.put(replicaKey, r);
    byCenter.computeIfAbsent(centerId, k -> new ConcurrentHashMap<>()).put(replicaKey, r);
  }

  /** The center started the replica at {@code at}: snapshots taken after it show the usage. */
  @Override
  public void started(String replicaKey, Instant at) {
    Reservation r = byKey.get(replicaKey);
    if (r != null && r.startedAt == null) r.startedAt = at;
  }

  /** Forgets a reservation whose dispatch will not happen (stopped, failed). */
  @Override
  public void cancel(String replicaKey) {
    Reservation r = byKey.remove(replicaKey);
    if (r != null) byCenter.getOrDefault(r.centerId, Map.of()).remove(replicaKey);
  }

  /** The snapshot with reservations it does not reflect yet taken off its free resources. */
  public MonitoringSnapshot adjust(MonitoringSnapshot s) {
    Map<String, Reservation> map = s == null ? null : byCenter.get(s.centerId());
    if (map == null || map.isEmpty()) return s;
    Resources free = s.free();
    Resources used = s.used();
    int extra = 0;
    for (Map.Entry<String, Reservation> e : map.entrySet()) {
      Reservation r = e.getValue();
      Instant d = r.startedAt;
      if (d != null && d.isBefore(s.takenAt())) {
        cancel(e.getKey());
      } else {
        free = free.minusClamped(r.amount);
        used = used.plus(r.amount);
        extra++;
      }
    }
    return new MonitoringSnapshot(
        s.centerId(),
        s.centerName(),
        s.runningTaskNum() + extra,
        s.waitingTaskNum(),
        used,
        free,
        s.securityGrade(),
        s.takenAt());
  }
}
