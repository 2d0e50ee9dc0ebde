package io.computility.server.monitoring.alerts;

import io.computility.core.monitoring.Severity;
import io.computility.core.monitoring.SourceType;
import java.time.Instant;

/** One alert: a rule firing for one source, from its start until it resolves. */
public record AlertRecord(
    long id,
    String ruleId,
    String ruleName,
    Severity severity,
    SourceType sourceType,
    String sourceId,
    State state,
    Double value,
    String message,
    boolean silenced,
    Instant startedAt,
    Instant resolvedAt,
    String resolveMessage,
    Instant acknowledgedAt,
    String acknowledgedBy) {

  /** An alert is open while firing and closed once resolved. */
  public enum State {
    FIRING,
    RESOLVED
  }
}
