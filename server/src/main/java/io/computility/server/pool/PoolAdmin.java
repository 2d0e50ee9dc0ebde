package io.computility.server.pool;

import io.computility.core.vgpu.CardMode;
import io.computility.pool.wire.PoolApi;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.NotFoundException;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;

/** Node and card management (POOL-T12.15, T12.16, T12.17, T12.25). */
@Service
public class PoolAdmin {
  private final PoolState poolState;
  private final Duration lostAfter;

  public PoolAdmin(PoolState state, ComputilityProperties props) {
    this.poolState = state;
    this.lostAfter = props.pool().agentLostAfter();
  }

  public List<PoolApi.NodeView> nodes() {
    return poolState.locked(() -> poolState.nodes.values().stream().map(this::view).toList());
  }

  public PoolApi.NodeView node(String name) {
    return poolState.locked(() -> view(requireNode(name)));
  }

  public PoolApi.NodeView patchNode(String name, PoolApi.NodePatch patch) {
    return poolState.locked(
        () -> {
          NodeRecord n = requireNode(name);
          if (patch != null && patch.enabled() != null) {
            n = n.withEnabled(patch.enabled());
            poolState.nodes.put(name, n);
            poolState.store.saveNode(n);
            poolState.pool.setNodeEnabled(name, n.enabled() && !n.removing());
            poolState.schedule();
          }
          return view(n);
        });
  }

  /** Removes a node now when idle, else once its tasks end; it takes no new task meanwhile. */
  public void removeNode(String name) {
    poolState.locked(
        () -> {
          NodeRecord n = requireNode(name).markRemoving();
          poolState.nodes.put(name, n);
          poolState.store.saveNode(n);
          poolState.pool.setNodeEnabled(name, false);
          poolState.drain();
          return null;
        });
  }

  public List<PoolApi.DeviceView> devices() {
    return poolState.locked(() -> poolState.devices.values().stream().map(this::view).toList());
  }

  public PoolApi.DeviceView patchDevice(String uuid, PoolApi.DevicePatch p) {
    if (p == null) throw new InvalidInputException("body", "is required");
    CardMode mode;
    try {
      mode = p.mode() == null ? null : CardMode.parse(p.mode());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("mode", "must be virtual or physical");
    }
    if (p.overSubscription() != null && (p.overSubscription() < 1 || p.overSubscription() > 100)) {
      throw new InvalidInputException("overSubscription", "must be 1..100");
    }
    return poolState.locked(
        () -> {
          DeviceRecord d = poolState.devices.get(uuid);
          if (d == null) throw new NotFoundException("uuid", "no card " + uuid);
          CardMode m = mode == null ? d.mode() : mode;
          if (m != d.mode() && !poolState.pool.card(uuid).orElseThrow().idle()) {
            throw ConflictException.deviceBusy(
                "mode", "card " + uuid + " is in use; stop its tasks first");
          }
          DeviceRecord next =
              d.with(
                  m,
                  p.enabled() == null ? d.enabled() : p.enabled(),
                  p.overSubscription() == null ? d.overSubscription() : p.overSubscription(),
                  d.removing());
          poolState.putCard(next);
          poolState.store.saveDevice(next);
          poolState.schedule();
          return view(next);
        });
  }

  private NodeRecord requireNode(String name) {
    NodeRecord n = poolState.nodes.get(name);
    if (n == null) throw new NotFoundException("name", "no node " + name);
    return n;
  }

  private PoolApi.NodeView view(NodeRecord n) {
    List<PoolApi.DeviceView> ds =
        poolState.devices.values().stream()
            .filter(d -> d.node().equals(n.name()))
            .map(this::view)
            .toList();
    return PoolViews.node(n, ds, poolState.now(), lostAfter);
  }

  private PoolApi.DeviceView view(DeviceRecord d) {
    return PoolViews.device(d, poolState.pool.card(d.uuid()).orElse(null));
  }
}
