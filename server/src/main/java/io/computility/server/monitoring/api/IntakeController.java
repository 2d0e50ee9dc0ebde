package io.computility.server.monitoring.api;

import io.computility.core.monitoring.MetricSample;
import io.computility.server.monitoring.api.dto.Accepted;
import io.computility.server.monitoring.api.dto.EventDto;
import io.computility.server.monitoring.api.dto.LogsRequest;
import io.computility.server.monitoring.api.dto.SamplesRequest;
import io.computility.server.monitoring.intake.MonitoringIntake;
import io.computility.server.monitoring.logs.LogIntake;
import io.computility.server.monitoring.logs.LogLine;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where node agents, pool controllers and centers push what they measure: samples, health events
 * and log lines. A batch is checked whole before anything is stored.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "Monitoring")
public class IntakeController {
  private final MonitoringIntake monitoring;
  private final LogIntake logs;
  private final Clock clock;

  public IntakeController(MonitoringIntake monitoring, LogIntake logs, Clock clock) {
    this.monitoring = monitoring;
    this.logs = logs;
    this.clock = clock;
  }

  @PostMapping("/samples")
  @Operation(summary = "Push metric samples (evaluated against the alert rules)")
  public ResponseEntity<Envelope<Accepted>> samples(@Valid @RequestBody SamplesRequest body) {
    List<?> in = batch(body == null ? null : body.samples(), "samples");
    Instant now = clock.instant();
    List<MetricSample> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      out.add(IntakeMapper.sample(body.samples().get(i), "samples[" + i + "]", now));
    }
    monitoring.samples(out);
    return ResponseEntity.status(201).body(Envelope.created(new Accepted(out.size())));
  }

  @PostMapping("/events")
  @Operation(summary = "Push one health event, e.g. DEVICE_FAULT or NODE_LOST")
  public ResponseEntity<Envelope<Accepted>> event(@Valid @RequestBody EventDto body) {
    monitoring.event(IntakeMapper.event(body, clock.instant()));
    return ResponseEntity.status(201).body(Envelope.created(new Accepted(1)));
  }

  @PostMapping("/logs")
  @Operation(summary = "Push log lines of components, nodes or tasks")
  public ResponseEntity<Envelope<Accepted>> logs(@Valid @RequestBody LogsRequest body) {
    List<?> in = batch(body == null ? null : body.lines(), "lines");
    Instant now = clock.instant();
    List<LogLine> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      out.add(IntakeMapper.logLine(body.lines().get(i), "lines[" + i + "]", now));
    }
    logs.append(out);
    return ResponseEntity.status(201).body(Envelope.created(new Accepted(out.size())));
  }

  private static List<?> batch(List<?> items, String field) {
    Check.nonEmpty(items, field);
    if (items.size() > IntakeMapper.MAX_BATCH) {
      throw Check.bad(field, "must hold at most " + IntakeMapper.MAX_BATCH + " items");
    }
    return items;
  }
}
