package io.computility.server.monitoring.api;

import io.computility.server.monitoring.reports.ReportPeriod;
import io.computility.server.monitoring.reports.ReportRequest;
import io.computility.server.shared.web.Check;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.util.Locale;

/**
 * The query parameters of a statistics report, bound by Spring; {@link #request()} and {@link
 * #csv()} check them and answer 400 naming the field.
 */
public record ReportParams(
    @Parameter(description = "day (default), week or month") String period,
    @Parameter(description = "ISO-8601 instant") String from,
    @Parameter(description = "ISO-8601 instant") String to,
    String sourceType,
    String metric,
    @Parameter(description = "json (default) or csv") String format) {

  ReportRequest request() {
    Instant f = Params.instant(from, "from");
    Instant t = Params.instant(to, "to");
    Params.range(f, t);
    ReportPeriod p = Params.enumValue(ReportPeriod.class, period, "period");
    return new ReportRequest(
        p == null ? ReportPeriod.DAY : p,
        f,
        t,
        Params.sourceType(sourceType, "sourceType"),
        Params.blankToNull(metric));
  }

  /** Whether the answer is a CSV file rather than JSON. */
  boolean csv() {
    String fmt = format == null ? "json" : format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("json") && !fmt.equals("csv")) throw Check.bad("format", "must be json or csv");
    return fmt.equals("csv");
  }
}
