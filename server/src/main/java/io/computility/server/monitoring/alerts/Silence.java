package io.computility.server.monitoring.alerts;

import io.computility.core.monitoring.SourceKey;
import io.computility.core.monitoring.SourceType;
import java.time.Instant;

/**
 * A window in which matching alerts are still recorded but announce nothing (CMP-observe silence
 * windows). Null rule, source type or source id match any.
 */
public record Silence(
    long id,
    String ruleId,
    SourceType sourceType,
    String sourceId,
    Instant startsAt,
    Instant endsAt,
    String reason,
    Instant createdAt) {

  public boolean covers(String rule, SourceKey source, Instant at) {
    return (ruleId == null || ruleId.equals(rule))
        && (sourceType == null || sourceType == source.type())
        && (sourceId == null || sourceId.equals(source.id()))
        && !at.isBefore(startsAt)
        && at.isBefore(endsAt);
  }
}
