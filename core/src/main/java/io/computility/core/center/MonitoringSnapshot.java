package io.computility.core.center;

import io.computility.core.resource.Resources;
import java.time.Instant;

/**
 * A center's monitoring data, JC table 4: running and waiting task numbers, used and free amounts
 * of every resource, and the center's security grade.
 */
public record MonitoringSnapshot(
    String centerId,
    String centerName,
    int runningTaskNum,
    int waitingTaskNum,
    Resources used,
    Resources free,
    int securityGrade,
    Instant takenAt) {

  public Resources total() {
    return used.plus(free);
  }

  /** Fraction of accelerators (or CPUs when the center has none) in use, 0..1. */
  public double utilisation() {
    Resources t = total();
    if (t.accelerators() > 0) return (double) used.accelerators() / t.accelerators();
    return t.cpu() == 0 ? 0 : (double) used.cpu() / t.cpu();
  }
}
