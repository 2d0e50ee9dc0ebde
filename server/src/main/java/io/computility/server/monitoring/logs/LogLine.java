package io.computility.server.monitoring.logs;

import io.computility.core.monitoring.SourceType;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** One collected log line of a component, node or task. */
@NamedInterface("logs")
public record LogLine(
    long id,
    SourceType sourceType,
    String sourceId,
    LogLevel level,
    Instant loggedAt,
    String logger,
    String message) {

  /** A line not stored yet. */
  public static LogLine of(
      SourceType type, String source, LogLevel level, Instant at, String logger, String message) {
    return new LogLine(0, type, source, level, at, logger == null ? "" : logger, message);
  }
}
