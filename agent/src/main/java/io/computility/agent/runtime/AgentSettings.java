package io.computility.agent.runtime;

import io.computility.pool.wire.NodeConfig;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The settings an agent runs with, changed by pushes from the controller (POOL-T12.20) and reported
 * back in every heartbeat as the acknowledgement.
 */
final class AgentSettings {
  private static final Logger LOG = Logger.getLogger(AgentSettings.class.getName());

  /** Held strongly: JUL forgets the level of a logger nobody references. */
  private static final Logger AGENT_LOGGERS = Logger.getLogger("io.computility");

  private volatile NodeConfig current;

  AgentSettings(long heartbeatMs) {
    current = new NodeConfig(0, heartbeatMs, "INFO", Map.of());
  }

  NodeConfig current() {
    return current;
  }

  long heartbeatMs() {
    return current.heartbeatMs();
  }

  /** The controller's default interval, for agents started without their own. */
  void defaultHeartbeat(long ms) {
    NodeConfig c = current;
    if (c.generation() == 0) current = new NodeConfig(0, ms, c.logLevel(), c.labels());
  }

  /** Applies a push newer than what runs; fields left out keep their value. */
  void apply(NodeConfig push) {
    NodeConfig c = current;
    if (push == null || push.generation() <= c.generation()) return;
    String level = push.logLevel() != null ? push.logLevel() : c.logLevel();
    Level jul = julLevel(level);
    // The agent's own loggers only: JDK internals (the HTTP client) would flood the log at FINE.
    AGENT_LOGGERS.setLevel(jul);
    for (Handler h : Logger.getLogger("").getHandlers()) h.setLevel(jul);
    current =
        new NodeConfig(
            push.generation(),
            push.heartbeatMs() != null ? push.heartbeatMs() : c.heartbeatMs(),
            level,
            push.labels() != null ? Map.copyOf(push.labels()) : c.labels());
    LOG.info("settings generation " + push.generation() + " applied: " + current);
    LOG.fine("log level now " + level);
  }

  static Level julLevel(String level) {
    return switch (level) {
      case "TRACE" -> Level.FINEST;
      case "DEBUG" -> Level.FINE;
      case "WARN" -> Level.WARNING;
      case "ERROR" -> Level.SEVERE;
      default -> Level.INFO;
    };
  }
}
