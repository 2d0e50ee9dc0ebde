package io.computility.server.monitoring.intake;

import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.monitoring.HealthEvent;
import io.computility.core.monitoring.MetricSample;
import io.computility.core.monitoring.Severity;
import io.computility.core.monitoring.SourceType;
import io.computility.core.resource.Resources;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A federation center's snapshot (JC table 4) as monitoring samples, and its reachability changes
 * as health events: the first real source of the monitoring subsystem.
 */
@NamedInterface("intake")
public final class CenterSamples {
  public static final String UTILISATION = "center.utilisation";
  public static final String LOST = "CENTER_LOST";
  public static final String RECOVERED = "CENTER_RECOVERED";

  private CenterSamples() {}

  public static List<MetricSample> of(MonitoringSnapshot s) {
    Instant at = s.takenAt();
    Map<String, String> labels = Map.of("centerName", s.centerName() == null ? "" : s.centerName());
    Resources total = s.total();
    return List.of(
        sample(s, UTILISATION, s.utilisation(), at, labels),
        sample(s, "center.running_tasks", s.runningTaskNum(), at, labels),
        sample(s, "center.waiting_tasks", s.waitingTaskNum(), at, labels),
        sample(s, "center.accelerators.used", s.used().accelerators(), at, labels),
        sample(s, "center.accelerators.total", total.accelerators(), at, labels),
        sample(s, "center.cpu.used", s.used().cpu(), at, labels),
        sample(s, "center.cpu.total", total.cpu(), at, labels),
        sample(s, "center.memory_mb.used", s.used().memoryMb(), at, labels),
        sample(s, "center.memory_mb.total", total.memoryMb(), at, labels));
  }

  public static HealthEvent lost(String centerId, String why, Instant at) {
    return new HealthEvent(SourceType.CENTER, centerId, LOST, Severity.CRITICAL, why, at, null);
  }

  public static HealthEvent recovered(String centerId, Instant at) {
    return new HealthEvent(
        SourceType.CENTER, centerId, RECOVERED, Severity.INFO, "center answers again", at, null);
  }

  private static MetricSample sample(
      MonitoringSnapshot s, String metric, double value, Instant at, Map<String, String> labels) {
    return new MetricSample(SourceType.CENTER, s.centerId(), metric, value, at, labels);
  }
}
