package io.computility.server.market.approval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * One version of the approval flow of a tenant (null: the default) and business type.
 *
 * @param id version id
 * @param tenantId tenant, or null for the default of every tenant
 * @param businessType what it approves ({@code APPLICATION})
 * @param name display name
 * @param version 1, 2, … per tenant and business type; the newest one starts new approvals
 * @param steps the form's steps; empty for an uploaded BPMN
 * @param bpmn the BPMN XML; null until a generated flow is first deployed
 * @param definitionId the engine's process definition; null until deployed
 * @param createdBy user id of who saved it
 * @param createdAt when
 */
public record FlowRow(
    String id,
    @JsonProperty("tenant_id") String tenantId,
    @JsonProperty("business_type") String businessType,
    String name,
    int version,
    List<FlowStep> steps,
    String bpmn,
    @JsonProperty("definition_id") String definitionId,
    @JsonProperty("created_by") String createdBy,
    @JsonProperty("created_at") Instant createdAt) {

  /** Whether the XML was uploaded rather than written from steps. */
  @JsonProperty("uploaded")
  public boolean uploaded() {
    return steps.isEmpty();
  }

  /** The process key of this tenant's flows of this business type. */
  String processKey() {
    String raw = "approval_" + (tenantId == null ? "default" : tenantId) + "_" + businessType;
    return raw.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
