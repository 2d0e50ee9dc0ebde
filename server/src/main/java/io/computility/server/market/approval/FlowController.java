package io.computility.server.market.approval;

import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Approval flows (流程配置): the newest version per tenant and business type, one version with its
 * BPMN, the versions of a flow, and saving a new version from steps or an uploaded BPMN.
 */
@RestController
@RequestMapping("/api/v1/market/approval-flows")
@Tag(name = "Market approvals")
public class FlowController {
  private final FlowStore flows;
  private final FlowService service;

  FlowController(FlowStore flows, FlowService service) {
    this.flows = flows;
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "The newest version of every flow (tenant null: the default)")
  public Envelope<List<FlowRow>> list() {
    return Envelope.ok(flows.newest().stream().map(FlowController::withXml).toList());
  }

  @GetMapping("/{flowId}")
  @Operation(summary = "One version of a flow with its BPMN")
  public Envelope<FlowRow> get(@PathVariable String flowId) {
    return Envelope.ok(withXml(find(flowId)));
  }

  @GetMapping("/{flowId}/versions")
  @Operation(summary = "Every version of the flow this version belongs to, newest first")
  public Envelope<List<FlowRow>> versions(@PathVariable String flowId) {
    FlowRow f = find(flowId);
    return Envelope.ok(flows.versions(f.tenantId(), f.businessType()));
  }

  @PostMapping
  @Operation(
      summary =
          "Save and deploy a new version from steps or an uploaded BPMN XML; new approvals use it"
              + " at once, running ones keep theirs")
  public ResponseEntity<Envelope<FlowRow>> save(@RequestBody(required = false) FlowEdit body) {
    FlowRow f = service.save(CurrentUser.get(), body);
    return ResponseEntity.status(201).body(Envelope.created(f));
  }

  private FlowRow find(String flowId) {
    return flows
        .find(Check.id(flowId, "flow_id"))
        .orElseThrow(() -> new NotFoundException("flow_id", "no approval flow " + flowId));
  }

  private static FlowRow withXml(FlowRow f) {
    if (f.bpmn() != null) return f;
    return new FlowRow(
        f.id(),
        f.tenantId(),
        f.businessType(),
        f.name(),
        f.version(),
        f.steps(),
        FlowDeployer.bpmn(f),
        f.definitionId(),
        f.createdBy(),
        f.createdAt());
  }
}
