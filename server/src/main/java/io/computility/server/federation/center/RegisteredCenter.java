package io.computility.server.federation.center;

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
  private volatile CenterStatus observed = CenterStatus.AVAILABLE;

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

  /**
   * The description with the status the federation observed: 2 (unknown) while a center does not
   * answer for a while, 0 (unavailable) when it says so or stays silent too long.
   */
  public CenterDescription description() {
    CenterDescription d = description;
    if (unreachableSince == null) return d;
    Center c = d.center().withStatus(observed, unreachableSince);
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
    observed = CenterStatus.AVAILABLE;
  }

  Instant unreachable(Instant now, CenterStatus status) {
    if (unreachableSince == null) unreachableSince = now;
    observed = status;
    return unreachableSince;
  }
}
