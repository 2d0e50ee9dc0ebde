package io.computility.server.federation.center;

import io.computility.adapter.peer.PeerCenterAdapter;
import io.computility.adapter.peer.PeerConfig;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.GeoPoint;
import io.computility.server.shared.config.ComputilityProperties;
import java.util.List;
import java.util.Map;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * With {@code computility.tier.parent-url} set, the parent tier joins the registry as a center of
 * type {@value #TYPE}. The scheduler keeps it out of the ordinary view and offers it only to jobs
 * that allow escalation and that no center of this tier can place (NET-5); dispatch, status,
 * retries and monitoring then work as for any center.
 */
@Component
public class ParentTier implements SmartLifecycle {
  /** Adapter type of the parent tier in the registry. */
  public static final String TYPE = "parent";

  private final CenterRegistry registry;
  private final ComputilityProperties props;
  private volatile boolean running;

  public ParentTier(CenterRegistry registry, ComputilityProperties props) {
    this.registry = registry;
    this.props = props;
  }

  /** Joins with the centers, before the scheduling loops start. */
  @Override
  public int getPhase() {
    return DEFAULT_PHASE - 100;
  }

  @Override
  public void start() {
    var tier = props.tier();
    if (tier.parentUrl() != null && !tier.parentUrl().toString().isBlank()) {
      var a = props.adapters();
      PeerConfig parent =
          new PeerConfig(
              tier.parentId(),
              null,
              tier.region(),
              new GeoPoint(0, 0),
              new CenterProfile(tier.parentId(), Map.of(), 0, 0, 1.0, 0, null, List.of()),
              tier.parentUrl(),
              tier.parentToken(),
              a.callTimeout(),
              a.pollInterval(),
              a.backoff());
      registry.join(new PeerCenterAdapter(parent, true), TYPE);
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
