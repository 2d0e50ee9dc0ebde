package io.computility.core.monitoring;

/** How urgent an alert or event is; later constants are more severe. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL;

  /** Whether this severity is at least {@code other}. */
  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
