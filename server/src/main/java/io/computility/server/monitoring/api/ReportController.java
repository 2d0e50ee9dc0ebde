package io.computility.server.monitoring.api;

import io.computility.server.monitoring.reports.ReportRequest;
import io.computility.server.monitoring.reports.ReportStore;
import io.computility.server.monitoring.reports.ReportTable;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Csv;
import io.computility.server.shared.web.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.function.Function;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statistics reports (POOL-T12.21): resource metrics (utilisation average and peak), alerts by
 * severity, and jobs by status, per day, week or month; as JSON or CSV.
 */
@RestController
@RequestMapping("/api/v1/monitoring/reports")
@Tag(name = "Monitoring")
public class ReportController {
  private final ReportStore reports;

  public ReportController(ReportStore reports) {
    this.reports = reports;
  }

  @GetMapping("/{report}")
  @Operation(summary = "A report: metrics, alerts, tasks or pool-tasks; format=csv for a file")
  public ResponseEntity<?> report(
      @PathVariable String report, @ParameterObject ReportParams params) {
    Function<ReportRequest, ReportTable> source =
        switch (report) {
          case "metrics" -> reports::metrics;
          case "alerts" -> reports::alerts;
          case "tasks" -> reports::tasks;
          case "pool-tasks" -> reports::poolTasks;
          default -> throw Check.bad("report", "must be metrics, alerts, tasks or pool-tasks");
        };
    ReportRequest request = params.request();
    boolean csvFile = params.csv();
    ReportTable table = source.apply(request);
    if (!csvFile) return ResponseEntity.ok(Envelope.ok(table));
    StringBuilder csv = new StringBuilder(Csv.line(Csv.CRLF, table.columns()));
    for (var row : table.rows()) csv.append(Csv.line(Csv.CRLF, row));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\""
                + table.name()
                + "-"
                + request.period().name().toLowerCase(Locale.ROOT)
                + ".csv\"")
        .body(csv.toString());
  }
}
