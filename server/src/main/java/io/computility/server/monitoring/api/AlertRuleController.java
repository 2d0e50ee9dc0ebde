package io.computility.server.monitoring.api;

import io.computility.server.monitoring.alerts.RuleService;
import io.computility.server.monitoring.api.dto.RuleDto;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
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

/** Alert rules: list, create, edit, enable/disable, delete (POOL-T12.19 step 3). */
@RestController
@RequestMapping("/api/v1/monitoring/rules")
@Tag(name = "Monitoring")
public class AlertRuleController {
  private final RuleService rules;
  private final Clock clock;

  public AlertRuleController(RuleService rules, Clock clock) {
    this.rules = rules;
    this.clock = clock;
  }

  @GetMapping
  public Envelope<List<RuleDto>> list() {
    return Envelope.ok(rules.all().stream().map(RuleMapper::toDto).toList());
  }

  @GetMapping("/{id}")
  public Envelope<RuleDto> get(@PathVariable String id) {
    return Envelope.ok(RuleMapper.toDto(rules.get(id)));
  }

  @PostMapping
  @Operation(summary = "Create a rule; notification settings: notifyInApp, emailTo")
  public ResponseEntity<Envelope<RuleDto>> create(@Valid @RequestBody RuleDto body) {
    String id = body == null ? null : body.id();
    var created = rules.create(RuleMapper.toDefinition(body, id, clock.instant()));
    return ResponseEntity.status(201).body(Envelope.created(RuleMapper.toDto(created)));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace a rule (its open alerts resolve)")
  public Envelope<RuleDto> update(@PathVariable String id, @Valid @RequestBody RuleDto body) {
    if (body != null) Check.samePathId(body.id(), id, "id");
    return Envelope.ok(
        RuleMapper.toDto(rules.update(RuleMapper.toDefinition(body, id, clock.instant()))));
  }

  @PostMapping("/{id}/enable")
  public Envelope<RuleDto> enable(@PathVariable String id) {
    return Envelope.ok(RuleMapper.toDto(rules.setEnabled(id, true)));
  }

  @PostMapping("/{id}/disable")
  public Envelope<RuleDto> disable(@PathVariable String id) {
    return Envelope.ok(RuleMapper.toDto(rules.setEnabled(id, false)));
  }

  @DeleteMapping("/{id}")
  public Envelope<Void> delete(@PathVariable String id) {
    rules.delete(id);
    return Envelope.ok(null);
  }
}
