package io.computility.server.federation.scheduling;

import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JC-6.7 scheduling metrics. */
@RestController
@Tag(name = "Scheduling")
public class SchedulingMetricsController {
  private final SchedulingMetricsStore store;

  public SchedulingMetricsController(SchedulingMetricsStore store) {
    this.store = store;
  }

  @GetMapping("/api/v1/scheduling/metrics")
  @Operation(
      summary =
          "Scheduling time T (p50/p99/mean, ms) and throughput of jobs submitted since a time")
  public Envelope<SchedulingMetrics> metrics(@RequestParam(required = false) String since) {
    Instant from;
    try {
      from = since == null ? Instant.EPOCH : Check.instant(Instant.parse(since), "since");
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "since", "must be an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z");
    }
    // A tenant sees the metrics of its own jobs (its data scope); platform scope ALL sees all.
    return Envelope.ok(store.since(from, CurrentUser.get().scope()));
  }
}
