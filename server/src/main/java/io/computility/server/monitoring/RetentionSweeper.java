package io.computility.server.monitoring;

import io.computility.server.monitoring.alerts.AlertStore;
import io.computility.server.monitoring.intake.SampleStore;
import io.computility.server.monitoring.logs.LogStore;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.loop.Periodic;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Deletes samples, events, log lines and resolved alerts past their retention. */
@Component
public class RetentionSweeper extends Periodic {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionSweeper.class);
  private final SampleStore samples;
  private final LogStore logs;
  private final AlertStore alerts;
  private final Clock clock;
  private final ComputilityProperties.Monitoring settings;

  public RetentionSweeper(
      SampleStore samples,
      LogStore logs,
      AlertStore alerts,
      Clock clock,
      ComputilityProperties props) {
    super("monitoring-retention", props.monitoring().retentionCheck());
    this.samples = samples;
    this.logs = logs;
    this.alerts = alerts;
    this.clock = clock;
    this.settings = props.monitoring();
  }

  @Override
  protected void runOnce() {
    sweep();
  }

  /** Deletes what is past its retention now; returns how many rows went. */
  public int sweep() {
    Instant now = clock.instant();
    int s = samples.deleteBefore(now.minus(settings.sampleRetention()));
    int l = logs.deleteBefore(now.minus(settings.logRetention()));
    int a = alerts.deleteResolvedBefore(now.minus(settings.alertRetention()));
    if (s + l + a > 0) {
      LOG.info("retention: deleted {} samples/events, {} log lines, {} alerts", s, l, a);
    }
    return s + l + a;
  }
}
