package io.computility.server.monitoring.logs;

import io.computility.core.monitoring.SourceType;
import java.time.Instant;

/**
 * Filters of the log search; null fields do not filter. {@code minLevel} keeps lines at least that
 * severe, {@code text} is a case-insensitive substring of the message, {@code from} is inclusive
 * and {@code to} exclusive.
 */
public record LogQuery(
    SourceType sourceType,
    String sourceId,
    LogLevel minLevel,
    Instant from,
    Instant to,
    String text,
    int page,
    int size) {}
