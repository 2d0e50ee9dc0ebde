package io.computility.core.monitoring;

import java.time.Duration;

/**
 * What makes a rule fire: a metric breaching a threshold for at least a duration, or a health event
 * of a kind (resolved by an optional recovery kind).
 */
public sealed interface AlertCondition {

  /** {@code metric <comparison> threshold} held continuously for {@code holdFor}. */
  record Threshold(String metric, Comparison comparison, double threshold, Duration holdFor)
      implements AlertCondition {}

  /** An event of {@code kind} fires; one of {@code resolveKind} (may be null) resolves. */
  record EventMatch(String kind, String resolveKind) implements AlertCondition {}
}
