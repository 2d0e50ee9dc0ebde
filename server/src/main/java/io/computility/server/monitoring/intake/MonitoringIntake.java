package io.computility.server.monitoring.intake;

import io.computility.core.monitoring.HealthEvent;
import io.computility.core.monitoring.MetricSample;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Where every monitoring source hands in what it measured or noticed: the federation's center
 * monitor, the pool controller (node and device metrics, faults), and, through {@code POST
 * /api/v1/monitoring/samples} and {@code /events}, remote agents and centers. Samples and events
 * are stored and evaluated against the alert rules before the call returns.
 */
@NamedInterface("intake")
public interface MonitoringIntake {

  void samples(List<MetricSample> samples);

  void event(HealthEvent event);

  default void sample(MetricSample sample) {
    samples(List.of(sample));
  }
}
