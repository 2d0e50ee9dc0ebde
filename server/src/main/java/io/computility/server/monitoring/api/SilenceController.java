package io.computility.server.monitoring.api;

import io.computility.server.monitoring.alerts.ForwardingPolicy;
import io.computility.server.monitoring.alerts.ForwardingStore;
import io.computility.server.monitoring.alerts.Silence;
import io.computility.server.monitoring.alerts.SilenceStore;
import io.computility.server.monitoring.api.dto.ForwardingDto;
import io.computility.server.monitoring.api.dto.SilenceDto;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Silence windows and forwarding policies (CMP-observe). */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "Monitoring")
public class SilenceController {
  private final SilenceStore silences;
  private final ForwardingStore forwarding;
  private final Clock clock;

  public SilenceController(SilenceStore silences, ForwardingStore forwarding, Clock clock) {
    this.silences = silences;
    this.forwarding = forwarding;
    this.clock = clock;
  }

  @GetMapping("/silences")
  @Operation(summary = "Silence windows that have not ended")
  public Envelope<List<SilenceDto>> silences() {
    return Envelope.ok(
        silences.notEndedBy(clock.instant()).stream().map(AlertMapper::silence).toList());
  }

  @PostMapping("/silences")
  @Operation(summary = "Silence matching alerts between startsAt and endsAt")
  public ResponseEntity<Envelope<SilenceDto>> silence(@Valid @RequestBody SilenceDto d) {
    if (d == null) throw Check.bad("body", "is required");
    Instant now = clock.instant();
    Instant start = Params.instant(d.startsAt(), "startsAt");
    Instant end = Params.instant(Check.required(d.endsAt(), "endsAt"), "endsAt");
    if (start == null) start = now;
    if (!end.isAfter(start)) throw Check.bad("endsAt", "must be after startsAt");
    Silence s =
        new Silence(
            0,
            Check.maxChars(Params.blankToNull(d.ruleId()), "ruleId", 63),
            Params.sourceType(d.sourceType(), "sourceType"),
            Check.maxChars(Params.blankToNull(d.sourceId()), "sourceId", 128),
            start,
            end,
            d.reason() == null ? "" : Check.maxChars(d.reason(), "reason", 512),
            now);
    return ResponseEntity.status(201)
        .body(Envelope.created(AlertMapper.silence(silences.insert(s))));
  }

  @DeleteMapping("/silences/{id}")
  public Envelope<Void> unsilence(@PathVariable long id) {
    if (!silences.delete(id)) throw new NotFoundException("id", "no silence " + id);
    return Envelope.ok(null);
  }

  @GetMapping("/forwarding")
  public Envelope<List<ForwardingDto>> policies() {
    return Envelope.ok(forwarding.all().stream().map(AlertMapper::forwarding).toList());
  }

  @PostMapping("/forwarding")
  @Operation(summary = "Forward alerts at least minSeverity to more e-mail recipients")
  public ResponseEntity<Envelope<ForwardingDto>> forward(@Valid @RequestBody ForwardingDto d) {
    return ResponseEntity.status(201)
        .body(Envelope.created(AlertMapper.forwarding(forwarding.insert(policy(d, 0)))));
  }

  @PutMapping("/forwarding/{id}")
  @Operation(
      summary = "Replace a forwarding policy (name, enabled, minSeverity, sourceType, emailTo)")
  public Envelope<ForwardingDto> reforward(
      @PathVariable long id, @Valid @RequestBody ForwardingDto d) {
    return Envelope.ok(
        AlertMapper.forwarding(
            forwarding
                .update(policy(d, id))
                .orElseThrow(() -> new NotFoundException("id", "no forwarding policy " + id))));
  }

  private ForwardingPolicy policy(ForwardingDto d, long id) {
    if (d == null) throw Check.bad("body", "is required");
    return new ForwardingPolicy(
        id,
        Check.text(d.name(), "name", 128),
        d.enabled() == null || d.enabled(),
        Params.severity(Check.required(d.minSeverity(), "minSeverity"), "minSeverity"),
        Params.sourceType(d.sourceType(), "sourceType"),
        RuleMapper.emails(Check.nonEmpty(d.emailTo(), "emailTo")),
        clock.instant());
  }

  @DeleteMapping("/forwarding/{id}")
  public Envelope<Void> unforward(@PathVariable long id) {
    if (!forwarding.delete(id)) throw new NotFoundException("id", "no forwarding policy " + id);
    return Envelope.ok(null);
  }
}
