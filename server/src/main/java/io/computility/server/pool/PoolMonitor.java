package io.computility.server.pool;

import io.computility.core.monitoring.HealthEvent;
import io.computility.core.monitoring.MetricSample;
import io.computility.core.monitoring.Severity;
import io.computility.core.monitoring.SourceType;
import io.computility.pool.wire.AgentProtocol;
import io.computility.server.monitoring.intake.MonitoringIntake;
import io.computility.server.monitoring.logs.LogIntake;
import io.computility.server.monitoring.logs.LogLevel;
import io.computility.server.monitoring.logs.LogLine;
import io.computility.server.shared.config.ComputilityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands the pool's health to monitoring (POOL-T12.19, T12.21, POOL-11): {@code DEVICE_FAULT} /
 * {@code DEVICE_RECOVERED} when an agent reports a card unhealthy / healthy again, {@code
 * NODE_LOST} / {@code NODE_RECOVERED} when an agent falls silent / comes back, and utilisation
 * samples from heartbeats at most every {@code computility.pool.samples-every} per node. Called
 * outside the pool lock; a monitoring failure is logged and never fails the pool.
 */
@Component
public class PoolMonitor {
  private static final Logger log = LoggerFactory.getLogger(PoolMonitor.class);
  private final MonitoringIntake intake;
  private final LogIntake logs;
  private final Clock clock;
  private final Duration samplesEvery;
  private final Set<String> faulty = ConcurrentHashMap.newKeySet();
  private final Set<String> lost = ConcurrentHashMap.newKeySet();
  private final Map<String, Instant> lastSampled = new ConcurrentHashMap<>();

  public PoolMonitor(
      MonitoringIntake intake, LogIntake logs, Clock clock, ComputilityProperties props) {
    this.intake = intake;
    this.logs = logs;
    this.clock = clock;
    this.samplesEvery = props.pool().samplesEvery();
  }

  /** Whether samples of {@code node} are due now; marks them taken when they are. */
  boolean samplesDue(String node) {
    Instant now = clock.instant();
    Instant last = lastSampled.get(node);
    if (last != null && last.plus(samplesEvery).isAfter(now)) return false;
    lastSampled.put(node, now);
    return true;
  }

  /** What a heartbeat or registration said: the node is alive, its cards' health, samples. */
  void heard(String node, List<AgentProtocol.AgentDevice> devices, List<MetricSample> samples) {
    if (lost.remove(node)) {
      event(SourceType.NODE, node, "NODE_RECOVERED", Severity.INFO, "agent heard again", node);
    }
    for (AgentProtocol.AgentDevice d :
        devices == null ? List.<AgentProtocol.AgentDevice>of() : devices) {
      String id = node + "/" + d.index();
      if (!d.healthy() && faulty.add(d.uuid())) {
        event(
            SourceType.DEVICE,
            id,
            "DEVICE_FAULT",
            Severity.CRITICAL,
            "card " + d.uuid() + " (" + d.vendor() + " " + d.model() + ") reported unhealthy",
            node);
      } else if (d.healthy() && faulty.remove(d.uuid())) {
        event(
            SourceType.DEVICE,
            id,
            "DEVICE_RECOVERED",
            Severity.INFO,
            "card " + d.uuid() + " reported healthy again",
            node);
      }
    }
    if (!samples.isEmpty()) {
      try {
        intake.samples(samples);
      } catch (RuntimeException e) {
        log.warn("pool samples of node {} not stored: {}", node, e.toString());
      }
    }
  }

  /** A node whose agent has been silent longer than {@code agent-lost-after}. */
  void silent(String node, Instant lastSeen) {
    if (lost.add(node)) {
      event(
          SourceType.NODE,
          node,
          "NODE_LOST",
          Severity.CRITICAL,
          "no heartbeat from the agent since " + lastSeen,
          node);
    }
  }

  /** Removed nodes are neither lost nor sampled any more. */
  void retain(Set<String> nodes) {
    lost.retainAll(nodes);
    lastSampled.keySet().retainAll(nodes);
  }

  private void event(
      SourceType type, String id, String kind, Severity severity, String message, String node) {
    Instant at = clock.instant();
    try {
      intake.event(new HealthEvent(type, id, kind, severity, message, at, Map.of("node", node)));
      LogLevel level = severity == Severity.INFO ? LogLevel.INFO : LogLevel.WARN;
      logs.append(List.of(LogLine.of(type, id, level, at, "pool", kind + ": " + message)));
    } catch (RuntimeException e) {
      log.warn("pool event {} of {} not stored: {}", kind, id, e.toString());
    }
  }
}
