package io.computility.server.federation.center;

import io.computility.core.adapter.CenterAdapter;
import io.computility.core.adapter.CenterDescription;
import io.computility.core.adapter.ReplicaEvent;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.MonitoringSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The centers this federation schedules to (JC-6.5 elastic awareness): their adapters, the latest
 * description and snapshot of each, and whether each is reachable. Centers join and leave at run
 * time; listeners hear replica events from every adapter.
 */
@Component
public class CenterRegistry {
  private static final Logger log = LoggerFactory.getLogger(CenterRegistry.class);

  private final Map<String, RegisteredCenter> centers = new ConcurrentHashMap<>();
  private final List<Consumer<ReplicaEvent>> listeners = new CopyOnWriteArrayList<>();
  private final CenterStore store;
  private final CenterImages images;
  private final Clock clock;

  public CenterRegistry(CenterStore store, CenterImages images, Clock clock) {
    this.store = store;
    this.images = images;
    this.clock = clock;
  }

  /** Adds (or replaces) a center; its events reach every listener. */
  public void join(CenterAdapter adapter, String adapterType) {
    CenterDescription d = adapter.describe();
    RegisteredCenter old =
        centers.put(adapter.centerId(), new RegisteredCenter(adapter, adapterType, d));
    if (old != null) old.adapter().close();
    adapter.subscribe(e -> listeners.forEach(l -> l.accept(e)));
    store.upsert(d.center(), d.profile(), adapterType);
    images.sync(adapter);
    log.info("Center {} ({}, {}) joined", adapter.centerId(), adapterType, d.center().region());
  }

  /** Removes a center; it stays in the database as unavailable so history remains readable. */
  public void leave(String centerId) {
    RegisteredCenter c = centers.remove(centerId);
    if (c == null) return;
    c.adapter().close();
    store.setStatus(centerId, CenterStatus.UNAVAILABLE, clock.instant());
    log.info("Center {} left", centerId);
  }

  public void onReplicaEvent(Consumer<ReplicaEvent> listener) {
    listeners.add(listener);
  }

  public Optional<CenterAdapter> adapter(String centerId) {
    RegisteredCenter c = centers.get(centerId);
    return c == null ? Optional.empty() : Optional.of(c.adapter());
  }

  public Optional<RegisteredCenter> get(String centerId) {
    return Optional.ofNullable(centers.get(centerId));
  }

  public List<RegisteredCenter> all() {
    List<RegisteredCenter> list = new ArrayList<>(centers.values());
    list.sort(
        java.util.Comparator.comparing(RegisteredCenter::joinedAt)
            .thenComparing(RegisteredCenter::id));
    return list;
  }

  /** Records a successful poll: the center is available. */
  void polled(String centerId, MonitoringSnapshot s, CenterDescription d) {
    RegisteredCenter c = centers.get(centerId);
    if (c != null) c.polled(s, d);
  }

  /**
   * Records a failed poll and the status it leaves the center in; returns when the center was first
   * seen unreachable.
   */
  Instant unreachable(String centerId, Instant now, CenterStatus status) {
    RegisteredCenter c = centers.get(centerId);
    return c == null ? now : c.unreachable(now, status);
  }

  /** When {@code centerId} was first seen unreachable, or null. */
  Instant unreachableSince(String centerId) {
    RegisteredCenter c = centers.get(centerId);
    return c == null ? null : c.unreachableSince();
  }
}
