package io.computility.server.monitoring.api;

import io.computility.server.monitoring.alerts.AlertQuery;
import io.computility.server.monitoring.alerts.AlertRecord;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;

/**
 * The query parameters of the alert list, bound by Spring; {@link #query()} checks them and answers
 * 400 naming the field.
 */
public record AlertParams(
    @Parameter(description = "FIRING or RESOLVED") String state,
    @Parameter(description = "keeps alerts at least this severe") String severity,
    String sourceType,
    String sourceId,
    String ruleId,
    Boolean acknowledged,
    @Parameter(description = "ISO-8601 instant") String from,
    @Parameter(description = "ISO-8601 instant") String to,
    @Parameter(description = "0-based page") Integer page,
    Integer size) {

  AlertQuery query() {
    Instant f = Params.instant(from, "from");
    Instant t = Params.instant(to, "to");
    Params.range(f, t);
    return new AlertQuery(
        Params.enumValue(AlertRecord.State.class, state, "state"),
        Params.severity(severity, "severity"),
        Params.sourceType(sourceType, "sourceType"),
        Params.blankToNull(sourceId),
        Params.blankToNull(ruleId),
        acknowledged,
        f,
        t,
        Params.page(page),
        Params.size(size, 50));
  }
}
