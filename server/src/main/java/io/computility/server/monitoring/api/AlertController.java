package io.computility.server.monitoring.api;

import io.computility.server.monitoring.alerts.AlertQuery;
import io.computility.server.monitoring.alerts.AlertRecord;
import io.computility.server.monitoring.alerts.AlertStore;
import io.computility.server.monitoring.api.dto.AckRequest;
import io.computility.server.monitoring.api.dto.AlertDto;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.PageData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Alert records: search by state, severity, source, rule and time; details; acknowledge. */
@RestController
@RequestMapping("/api/v1/monitoring/alerts")
@Tag(name = "Monitoring")
public class AlertController {
  private final AlertStore alerts;
  private final Clock clock;

  public AlertController(AlertStore alerts, Clock clock) {
    this.alerts = alerts;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "Alerts, newest first; severity keeps alerts at least that severe")
  public Envelope<PageData<AlertDto>> list(@ParameterObject AlertParams params) {
    AlertQuery q = params.query();
    PageData<AlertRecord> p = alerts.query(q);
    return Envelope.ok(
        new PageData<>(
            p.items().stream().map(AlertMapper::alert).toList(), p.total(), p.page(), p.size()));
  }

  @GetMapping("/{id}")
  public Envelope<AlertDto> get(@PathVariable long id) {
    return Envelope.ok(AlertMapper.alert(find(id)));
  }

  @PostMapping("/{id}/ack")
  @Operation(summary = "Acknowledge an alert (the first acknowledgement is kept)")
  public Envelope<AlertDto> acknowledge(
      @PathVariable long id, @Valid @RequestBody(required = false) AckRequest body) {
    String by = body == null || body.by() == null ? "anonymous" : body.by();
    Check.belowBytes(by, "by", Check.ID_BYTES);
    if (!alerts.acknowledge(id, by, clock.instant())) throw missing(id);
    return Envelope.ok(AlertMapper.alert(find(id)));
  }

  private AlertRecord find(long id) {
    return alerts.find(id).orElseThrow(() -> missing(id));
  }

  private static NotFoundException missing(long id) {
    return new NotFoundException("id", "no alert " + id);
  }
}
