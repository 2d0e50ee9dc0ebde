package io.computility.core.monitoring;

import java.time.Instant;

/**
 * A change of an alert that evaluation decided: a rule starts firing for a source, or stops.
 *
 * @param value the metric value that decided (NaN for events)
 * @param reason a human-readable sentence, e.g. "gpu.util 0.97 >= 0.9 for 60s"
 */
public record Transition(
    Kind kind, AlertRule rule, SourceKey source, double value, Instant at, String reason) {

  /** Whether the alert starts or ends. */
  public enum Kind {
    FIRE,
    RESOLVE
  }
}
