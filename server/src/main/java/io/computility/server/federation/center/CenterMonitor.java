package io.computility.server.federation.center;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.CenterDescription;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.server.monitoring.intake.CenterSamples;
import io.computility.server.monitoring.intake.MonitoringIntake;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.loop.Periodic;
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
  private final CenterImages images;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final MonitoringIntake monitoring;
  private final Clock clock;
  private final Duration historyEvery;
  private final Duration lostAfter;
  private final Map<String, Instant> lastHistory = new HashMap<>();

  public CenterMonitor(
      CenterRegistry registry,
      CenterStore store,
      CenterImages images,
      org.springframework.context.ApplicationEventPublisher events,
      MonitoringIntake monitoring,
      Clock clock,
      ComputilityProperties props) {
    super("center-monitor", props.monitor().interval());
    this.registry = registry;
    this.store = store;
    this.images = images;
    this.events = events;
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
        failed(c, now, d.center().status(), "center reports status " + d.center().status());
        return;
      }
      MonitoringSnapshot s = c.adapter().snapshot();
      boolean wasLost = c.unreachableSince() != null;
      registry.polled(c.id(), s, d);
      if (wasLost || c.latest() == null) {
        store.setStatus(c.id(), CenterStatus.AVAILABLE, now);
        // A remote center may have been unreachable when it joined, or changed while away.
        images.sync(c.adapter());
      }
      if (wasLost) report(() -> monitoring.event(CenterSamples.recovered(c.id(), now)));
      Instant last = lastHistory.get(c.id());
      if (last == null || !now.isBefore(last.plus(historyEvery))) {
        store.recordSnapshot(s);
        lastHistory.put(c.id(), now);
        report(() -> monitoring.samples(CenterSamples.of(s)));
      }
    } catch (AdapterException e) {
      // The adapter already retried with backoff: a transient failure leaves the state unknown.
      failed(
          c,
          now,
          e.transientFailure() ? CenterStatus.UNKNOWN : CenterStatus.UNAVAILABLE,
          e.getMessage());
    } catch (RuntimeException e) {
      failed(c, now, CenterStatus.UNAVAILABLE, e.getMessage());
    }
  }

  /**
   * JC table 1 status after a failed poll: what the center reported, or 2 (unknown) while it does
   * not answer; 0 once it stayed so for {@code centerLostAfter}, when its replicas fail and their
   * jobs' retry policies move them elsewhere. The first failure is a CENTER_LOST health event.
   */
  private void failed(RegisteredCenter c, Instant now, CenterStatus seen, String why) {
    Instant since = registry.unreachableSince(c.id());
    if (since == null) {
      report(() -> monitoring.event(CenterSamples.lost(c.id(), why, now)));
    }
    boolean lost = since != null && !now.isBefore(since.plus(lostAfter));
    CenterStatus status = lost ? CenterStatus.UNAVAILABLE : seen;
    since = registry.unreachable(c.id(), now, status);
    store.setStatus(c.id(), status, now);
    if (lost)
      events.publishEvent(
          new CenterLost(c.id(), "center " + c.id() + " unreachable since " + since));
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
