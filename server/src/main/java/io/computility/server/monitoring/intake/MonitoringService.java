package io.computility.server.monitoring.intake;

import io.computility.core.monitoring.HealthEvent;
import io.computility.core.monitoring.MetricSample;
import io.computility.server.monitoring.alerts.AlertEngine;
import java.util.List;
import org.springframework.stereotype.Service;

/** Stores what arrives, then lets the alert engine judge it. */
@Service
public class MonitoringService implements MonitoringIntake {
  private final SampleStore store;
  private final AlertEngine alerts;

  public MonitoringService(SampleStore store, AlertEngine alerts) {
    this.store = store;
    this.alerts = alerts;
  }

  @Override
  public void samples(List<MetricSample> samples) {
    if (samples.isEmpty()) return;
    store.insert(samples);
    for (MetricSample s : samples) alerts.onSample(s);
  }

  @Override
  public void event(HealthEvent event) {
    store.insert(event);
    alerts.onEvent(event);
  }
}
