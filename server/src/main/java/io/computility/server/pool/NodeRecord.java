package io.computility.server.pool;

import java.time.Instant;

/**
 * A compute node as the controller stores it.
 *
 * @param agentId the instance id of the agent process last registered; a new one means the agent
 *     restarted
 * @param removing an operator asked to remove the node; it goes once its tasks end (POOL-T12.25)
 */
public record NodeRecord(
    String name,
    String agentId,
    String version,
    String backend,
    Instant lastSeen,
    boolean enabled,
    boolean removing) {

  NodeRecord seen(Instant at) {
    return new NodeRecord(name, agentId, version, backend, at, enabled, removing);
  }

  NodeRecord withEnabled(boolean e) {
    return new NodeRecord(name, agentId, version, backend, lastSeen, e, removing);
  }

  NodeRecord markRemoving() {
    return new NodeRecord(name, agentId, version, backend, lastSeen, enabled, true);
  }
}
