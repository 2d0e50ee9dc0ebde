package io.computility.server.centers;

import io.computility.core.adapter.CenterAdapter;
import io.computility.core.adapter.CenterDescription;
import io.computility.core.center.Center;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.MonitoringSnapshot;
import java.time.Instant;

/** One center in the registry with what was last learnt about it. Thread-safe via volatiles. */
public final class RegisteredCenter {
  private final CenterAdapter adapter;
  private final String adapterType;
  private final Instant joinedAt = Instant.now();
  private volatile CenterDescription description;
  private volatile MonitoringSnapshot latest;
  private volatile Instant unreachableSince;

  RegisteredCenter(CenterAdapter adapter, String adapterType, CenterDescription description) {
    this.adapter = adapter;
    this.adapterType = adapterType;
    this.description = description;
  }

  public String id() {
    return adapter.centerId();
  }

  public CenterAdapter adapter() {
    return adapter;
  }

  public String adapterType() {
    return adapterType;
  }

  public Instant joinedAt() {
    return joinedAt;
  }

  /** The description with the status the federation observed (unreachable → unavailable). */
  public CenterDescription description() {
    CenterDescription d = description;
    if (unreachableSince == null) return d;
    Center c = d.center().withStatus(CenterStatus.UNAVAILABLE, unreachableSince);
    return new CenterDescription(c, d.profile());
  }

  public MonitoringSnapshot latest() {
    return latest;
  }

  public Instant unreachableSince() {
    return unreachableSince;
  }

  void polled(MonitoringSnapshot s, CenterDescription d) {
    latest = s;
    description = d;
    unreachableSince = null;
  }

  Instant unreachable(Instant now) {
    if (unreachableSince == null) unreachableSince = now;
    return unreachableSince;
  }
}
