package io.computility.server.shared.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Registers the {@link LatencyTimers} once the application's meter registry exists (taking it as a
 * dependency orders this after Boot has bound it to the global registry).
 */
@Component
public class LatencyMetricsStartup {
  public LatencyMetricsStartup(MeterRegistry registry) {
    if (!io.micrometer.core.instrument.Metrics.globalRegistry.getRegistries().contains(registry)) {
      io.micrometer.core.instrument.Metrics.addRegistry(registry);
    }
    LatencyTimers.registerAll();
  }
}
