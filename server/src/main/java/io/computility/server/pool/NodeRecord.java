package io.computility.server.pool;

import io.computility.pool.wire.AgentProtocol;
import io.computility.pool.wire.NodeConfig;
import java.time.Instant;

/**
 * A compute node as the controller stores it.
 *
 * @param agentId the instance id of the agent process last registered; a new one means the agent
 *     restarted
 * @param removing an operator asked to remove the node; it goes once its tasks end (POOL-T12.25)
 * @param config settings operators pushed to the agent (POOL-T12.20)
 * @param applied the settings the agent last reported running with
 * @param upgrade the agent version operators want on this node and where it is (POOL-T12.22)
 */
public record NodeRecord(
    String name,
    String agentId,
    String version,
    String backend,
    Instant lastSeen,
    boolean enabled,
    boolean removing,
    NodeConfig config,
    NodeConfig applied,
    AgentProtocol.AgentUpgrade upgrade) {

  public NodeRecord {
    config = config == null ? NodeConfig.NONE : config;
    applied = applied == null ? NodeConfig.NONE : applied;
  }

  NodeRecord seen(Instant at) {
    return new NodeRecord(
        name, agentId, version, backend, at, enabled, removing, config, applied, upgrade);
  }

  NodeRecord withEnabled(boolean e) {
    return new NodeRecord(
        name, agentId, version, backend, lastSeen, e, removing, config, applied, upgrade);
  }

  NodeRecord markRemoving() {
    return new NodeRecord(
        name, agentId, version, backend, lastSeen, enabled, true, config, applied, upgrade);
  }

  NodeRecord withConfig(NodeConfig c) {
    return new NodeRecord(
        name, agentId, version, backend, lastSeen, enabled, removing, c, applied, upgrade);
  }

  NodeRecord withUpgrade(AgentProtocol.AgentUpgrade u) {
    return new NodeRecord(
        name, agentId, version, backend, lastSeen, enabled, removing, config, applied, u);
  }

  /** An upgrade is asked for and the agent does not run that version yet. */
  boolean upgradePending() {
    return upgrade != null && !upgrade.version().equals(version);
  }

  NodeRecord withApplied(NodeConfig a) {
    return new NodeRecord(
        name, agentId, version, backend, lastSeen, enabled, removing, config, a, upgrade);
  }
}
