package io.computility.server.federation.scheduling;

import io.computility.core.scheduling.SchedulingPolicy;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Scheduling policies CRUD (NET-7.3b) and the strategy catalogue (JC-6.6.2). */
@RestController
@Tag(name = "Scheduling policies", description = "Weighted strategy sets for formula 2")
public class PolicyController {

  private final PolicyService policies;

  public PolicyController(PolicyService policies) {
    this.policies = policies;
  }

  @GetMapping("/api/v1/strategies")
  @Operation(summary = "List scheduling strategies; their ids are JC-A.5 algorithmIds")
  public Envelope<List<StrategyDto>> strategies() {
    return Envelope.ok(policies.strategies().stream().map(PolicyMapper::toDto).toList());
  }

  @GetMapping("/api/v1/policies")
  @Operation(summary = "List scheduling policies")
  public Envelope<List<PolicyDto>> list() {
    return Envelope.ok(policies.list().stream().map(PolicyMapper::toDto).toList());
  }

  @GetMapping("/api/v1/policies/{name}")
  @Operation(summary = "One scheduling policy")
  public Envelope<PolicyDto> get(@PathVariable String name) {
    SchedulingPolicy p =
        policies
            .find(Check.id(name, "name"))
            .orElseThrow(() -> new NotFoundException("name", "unknown policy '" + name + "'"));
    return Envelope.ok(PolicyMapper.toDto(p));
  }

  @PostMapping("/api/v1/policies")
  @Operation(summary = "Create a policy; 409 if the name exists")
  public ResponseEntity<Envelope<PolicyDto>> create(@RequestBody(required = false) PolicyDto body) {
    SchedulingPolicy created = policies.create(PolicyMapper.toDomain(body, null));
    return ResponseEntity.status(201).body(Envelope.created(PolicyMapper.toDto(created)));
  }

  @PutMapping("/api/v1/policies/{name}")
  @Operation(summary = "Replace a policy's description and weights")
  public Envelope<PolicyDto> update(
      @PathVariable String name, @RequestBody(required = false) PolicyDto body) {
    SchedulingPolicy p = PolicyMapper.toDomain(body, Check.id(name, "name"));
    return Envelope.ok(PolicyMapper.toDto(policies.update(name, p)));
  }

  @DeleteMapping("/api/v1/policies/{name}")
  @Operation(summary = "Delete a policy; the default policy cannot be deleted (409)")
  public Envelope<Void> delete(@PathVariable String name) {
    policies.delete(Check.id(name, "name"));
    return Envelope.ok(null);
  }
}
