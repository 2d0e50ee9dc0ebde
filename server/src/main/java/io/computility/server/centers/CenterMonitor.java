package io.computility.server.centers;

import io.computility.core.adapter.CenterDescription;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.server.config.ComputilityProperties;
import io.computility.server.jobs.JobLifecycle;
import io.computility.server.monitoring.intake.CenterSamples;
import io.computility.server.monitoring.intake.MonitoringIntake;
import io.computility.server.persistence.CenterStore;
import io.computility.server.support.Periodic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Polls every center's snapshot (JC-6.1.3), keeps the monitoring history, and notices centers that
 * stop answering: they become unavailable at once (JC table 1 status 0), and when they stay lost
 * their unfinished replicas fail so that retry policies move them elsewhere. Each stored snapshot
 * and each change of reachability also goes to the monitoring intake (alerts, reports).
 */
@Component
public class CenterMonitor extends Periodic {
  private static final Logger LOG = LoggerFactory.getLogger(CenterMonitor.class);
  private final CenterRegistry registry;
  private final CenterStore store;
  private final JobLifecycle lifecycle;
  private final MonitoringIntake monitoring;
  private final Clock clock;
  private final Duration historyEvery;
  private final Duration lostAfter;
  private final Map<String, Instant> lastHistory = new HashMap<>();

  public CenterMonitor(
      CenterRegistry registry,
      CenterStore store,
      JobLifecycle lifecycle,
      MonitoringIntake monitoring,
      Clock clock,
      ComputilityProperties props) {
    super("center-monitor", props.monitor().interval());
    this.registry = registry;
    this.store = store;
    this.lifecycle = lifecycle;
    this.monitoring = monitoring;
    this.clock = clock;
    this.historyEvery = props.monitor().historyEvery();
    this.lostAfter = props.monitor().centerLostAfter();
  }

  @Override
  protected void runOnce() {
    for (RegisteredCenter c : registry.all()) poll(c);
  }

  void poll(RegisteredCenter c) {
    Instant now = clock.instant();
    try {
      CenterDescription d = c.adapter().describe();
      if (d.center().status() != CenterStatus.AVAILABLE) {
        throw new IllegalStateException("center reports status " + d.center().status());
      }
      MonitoringSnapshot s = c.adapter().snapshot();
      boolean wasLost = c.unreachableSince() != null;
      registry.polled(c.id(), s, d);
      if (wasLost || c.latest() == null) store.setStatus(c.id(), CenterStatus.AVAILABLE, now);
      if (wasLost) report(() -> monitoring.event(CenterSamples.recovered(c.id(), now)));
      Instant last = lastHistory.get(c.id());
      if (last == null || !now.isBefore(last.plus(historyEvery))) {
        store.recordSnapshot(s);
        lastHistory.put(c.id(), now);
        report(() -> monitoring.samples(CenterSamples.of(s)));
      }
    } catch (RuntimeException e) {
      boolean wasReachable = c.unreachableSince() == null;
      Instant since = registry.unreachable(c.id(), now);
      if (wasReachable) {
        report(() -> monitoring.event(CenterSamples.lost(c.id(), e.getMessage(), now)));
      }
      store.setStatus(c.id(), CenterStatus.UNAVAILABLE, now);
      if (!now.isBefore(since.plus(lostAfter))) {
        lifecycle.centerLost(c.id(), "center " + c.id() + " unreachable since " + since);
      }
    }
  }

  /** Monitoring trouble must not make a healthy center look unreachable. */
  private static void report(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.warn("monitoring intake failed: {}", e.toString());
    }
  }
}
