package io.computility.pool.wire;

import java.util.Map;

/**
 * Agent settings pushed by operators (POOL-T12.20), or as an agent reports it runs them.
 *
 * @param generation raised at every push; the agent reports the generation it applied
 * @param heartbeatMs heartbeat interval; null keeps the agent's own
 * @param logLevel TRACE, DEBUG, INFO, WARN or ERROR; null keeps the agent's own
 * @param labels free key/values describing the node (zone, rack, ...)
 */
public record NodeConfig(
    long generation, Long heartbeatMs, String logLevel, Map<String, String> labels) {

  public NodeConfig {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  /** No settings pushed yet. */
  public static final NodeConfig NONE = new NodeConfig(0, null, null, Map.of());

  /** This config with the pushed fields replaced and the generation raised. */
  public NodeConfig merge(PoolApi.ConfigPush push) {
    return new NodeConfig(
        generation + 1,
        push.heartbeatMs() != null ? push.heartbeatMs() : heartbeatMs,
        push.logLevel() != null ? push.logLevel() : logLevel,
        push.labels() != null ? push.labels() : labels);
  }
}
