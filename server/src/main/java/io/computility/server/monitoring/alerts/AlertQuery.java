package io.computility.server.monitoring.alerts;

import io.computility.core.monitoring.Severity;
import io.computility.core.monitoring.SourceType;
import java.time.Instant;

/**
 * Filters of the alert list; null fields do not filter. {@code minSeverity} keeps alerts at least
 * that severe; the time range applies to when alerts started.
 */
public record AlertQuery(
    AlertRecord.State state,
    Severity minSeverity,
    SourceType sourceType,
    String sourceId,
    String ruleId,
    Boolean acknowledged,
    Instant from,
    Instant to,
    int page,
    int size) {}
