package io.computility.server.pool;

import io.computility.pool.wire.AgentProtocol;
import io.computility.pool.wire.PoolApi;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.NotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Component management (POOL-T12.20): the node agents' versions and state, and settings pushed to
 * one node or a batch. A push raises the node's config generation; the next heartbeat reply carries
 * it, and the agent acknowledges by reporting the generation and settings it applied.
 */
@Service
public class AgentComponents {
  static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
  private final PoolState poolState;
  private final Duration lostAfter;

  public AgentComponents(PoolState state, ComputilityProperties props) {
    this.poolState = state;
    this.lostAfter = props.pool().agentLostAfter();
  }

  /** Every node's agent: version, backend, online, pushed and applied settings. */
  public List<PoolApi.NodeView> components() {
    return poolState.locked(() -> poolState.nodes.values().stream().map(this::view).toList());
  }

  /** Pushes settings to the named nodes (every node when none are named); answers them. */
  public List<PoolApi.NodeView> push(PoolApi.ConfigPush p) {
    if (p == null) throw new InvalidInputException("body", "is required");
    if (p.heartbeatMs() != null && (p.heartbeatMs() < 50 || p.heartbeatMs() > 600_000)) {
      throw new InvalidInputException("heartbeatMs", "must be 50..600000");
    }
    if (p.logLevel() != null && !LOG_LEVELS.contains(p.logLevel())) {
      throw new InvalidInputException("logLevel", "must be one of TRACE, DEBUG, INFO, WARN, ERROR");
    }
    if (p.labels() != null) {
      for (Map.Entry<String, String> e : p.labels().entrySet()) {
        if (e.getKey().isBlank() || e.getValue() == null) {
          throw new InvalidInputException("labels", "keys must be non-blank and values present");
        }
      }
    }
    if (p.heartbeatMs() == null && p.logLevel() == null && p.labels() == null) {
      throw new InvalidInputException("body", "names no setting (heartbeatMs, logLevel, labels)");
    }
    return poolState.locked(
        () -> {
          List<String> names =
              p.nodes() == null ? List.copyOf(poolState.nodes.keySet()) : p.nodes();
          for (int i = 0; i < names.size(); i++) {
            if (!poolState.nodes.containsKey(names.get(i))) {
              throw new NotFoundException("nodes[" + i + "]", "no node " + names.get(i));
            }
          }
          List<PoolApi.NodeView> out = new ArrayList<>();
          for (String name : names) {
            NodeRecord n = poolState.nodes.get(name);
            n = n.withConfig(n.config().merge(p));
            poolState.nodes.put(name, n);
            poolState.store.saveNode(n);
            out.add(view(n));
          }
          return out;
        });
  }

  /**
   * Asks the agents of the named nodes (every node when none are named) to upgrade to a version: at
   * its next heartbeat each re-executes itself from the distribution, its tasks keep running and
   * the new agent adopts them (gray upgrade, POOL-T12.22).
   */
  public List<PoolApi.NodeView> upgrade(PoolApi.UpgradePush p) {
    if (p == null) throw new InvalidInputException("body", "is required");
    if (p.version() == null || p.version().isBlank()) {
      throw new InvalidInputException("version", "is required");
    }
    if (p.distribution() == null || p.distribution().isBlank()) {
      throw new InvalidInputException("distribution", "is required");
    }
    return poolState.locked(
        () -> {
          List<String> names =
              p.nodes() == null ? List.copyOf(poolState.nodes.keySet()) : p.nodes();
          for (int i = 0; i < names.size(); i++) {
            if (!poolState.nodes.containsKey(names.get(i))) {
              throw new NotFoundException("nodes[" + i + "]", "no node " + names.get(i));
            }
          }
          List<PoolApi.NodeView> out = new ArrayList<>();
          for (String name : names) {
            NodeRecord n =
                poolState
                    .nodes
                    .get(name)
                    .withUpgrade(new AgentProtocol.AgentUpgrade(p.version(), p.distribution()));
            poolState.nodes.put(name, n);
            poolState.store.saveNode(n);
            out.add(view(n));
          }
          return out;
        });
  }

  private PoolApi.NodeView view(NodeRecord n) {
    List<PoolApi.DeviceView> ds =
        poolState.devices.values().stream()
            .filter(d -> d.node().equals(n.name()))
            .map(d -> PoolViews.device(d, poolState.pool.card(d.uuid()).orElse(null)))
            .toList();
    return PoolViews.node(n, ds, poolState.now(), lostAfter);
  }
}
