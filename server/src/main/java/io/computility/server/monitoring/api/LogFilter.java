package io.computility.server.monitoring.api;

import io.computility.server.monitoring.logs.LogLevel;
import io.computility.server.monitoring.logs.LogQuery;
import io.computility.server.shared.web.Check;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;

/**
 * The filter parameters of log search and export, bound by Spring; {@link #query} checks them and
 * answers 400 naming the field.
 */
public record LogFilter(
    @Parameter(description = "keeps lines at least this severe: TRACE, DEBUG, INFO, WARN, ERROR")
        String level,
    String sourceType,
    String sourceId,
    @Parameter(description = "ISO-8601 instant") String from,
    @Parameter(description = "ISO-8601 instant") String to,
    @Parameter(description = "text the message contains") String text) {

  LogQuery query(int page, int size) {
    LogLevel min = null;
    if (level != null && !level.isBlank()) {
      try {
        min = LogLevel.parse(level);
      } catch (IllegalArgumentException e) {
        throw Check.bad("level", "must be one of TRACE, DEBUG, INFO, WARN, ERROR");
      }
    }
    Instant f = Params.instant(from, "from");
    Instant t = Params.instant(to, "to");
    Params.range(f, t);
    return new LogQuery(
        Params.sourceType(sourceType, "sourceType"),
        Params.blankToNull(sourceId),
        min,
        f,
        t,
        Check.maxChars(Params.blankToNull(text), "text", 256),
        page,
        size);
  }
}
