package io.computility.server.monitoring.api;

import io.computility.server.monitoring.api.dto.LogLineDto;
import io.computility.server.monitoring.logs.LogLine;
import io.computility.server.monitoring.logs.LogQuery;
import io.computility.server.monitoring.logs.LogStore;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Csv;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.PageData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Collected logs: search with level, time, source and text filters; export (POOL-T12.18). */
@RestController
@RequestMapping("/api/v1/monitoring/logs")
@Tag(name = "Monitoring")
public class LogController {
  private static final List<String> CSV_HEADER =
      List.of("time", "level", "sourceType", "sourceId", "logger", "message");
  private final LogStore logs;
  private final int exportLimit;

  public LogController(LogStore logs, ComputilityProperties props) {
    this.logs = logs;
    this.exportLimit = props.monitoring().exportLimit();
  }

  @GetMapping
  @Operation(summary = "Log lines, newest first; level keeps lines at least that severe")
  public Envelope<PageData<LogLineDto>> search(
      @ParameterObject LogFilter filter,
      @Parameter(description = "0-based page") @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    LogQuery q = filter.query(Params.page(page), Params.size(size, 100));
    PageData<LogLine> p = logs.search(q);
    return Envelope.ok(
        new PageData<>(
            p.items().stream().map(LogController::dto).toList(), p.total(), p.page(), p.size()));
  }

  @GetMapping("/export")
  @Operation(summary = "The filtered lines, oldest first, as a CSV or plain-text file")
  @ApiResponse(
      responseCode = "200",
      description = "the file (format csv or text)",
      content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = "text/plain", schema = @Schema(type = "string"))
      })
  public void export(
      @ParameterObject LogFilter filter,
      @RequestParam(required = false, defaultValue = "csv") String format,
      HttpServletResponse response)
      throws IOException {
    LogQuery q = filter.query(0, 1);
    boolean csv =
        switch (format.toLowerCase(Locale.ROOT)) {
          case "csv" -> true;
          case "text", "txt" -> false;
          default -> throw Check.bad("format", "must be csv or text");
        };
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(csv ? "text/csv" : "text/plain");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"logs." + (csv ? "csv" : "txt") + "\"");
    PrintWriter out = response.getWriter();
    if (csv) out.print(Csv.line(Csv.CRLF, CSV_HEADER));
    logs.export(q, exportLimit, l -> write(out, l, csv));
    out.flush();
    if (out.checkError()) throw new UncheckedIOException(new IOException("export interrupted"));
  }

  private static void write(PrintWriter out, LogLine l, boolean csv) {
    if (csv) {
      out.print(
          Csv.line(
              Csv.CRLF,
              List.of(
                  l.loggedAt().toString(),
                  l.level().name(),
                  l.sourceType().name(),
                  l.sourceId(),
                  l.logger(),
                  l.message())));
    } else {
      out.print(
          l.loggedAt()
              + " "
              + l.level()
              + " ["
              + l.sourceType()
              + "/"
              + l.sourceId()
              + "] "
              + (l.logger().isEmpty() ? "" : l.logger() + " - ")
              + l.message()
              + "\n");
    }
  }

  private static LogLineDto dto(LogLine l) {
    return new LogLineDto(
        l.id(),
        l.sourceType().name(),
        l.sourceId(),
        l.level().name(),
        l.loggedAt().toString(),
        l.logger(),
        l.message());
  }
}
