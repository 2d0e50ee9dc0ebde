package io.computility.server.market.approval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A new version of a flow: either steps (the console's form) or an uploaded BPMN XML.
 *
 * @param tenantId tenant, or null for the default flow
 * @param businessType what it approves ({@code APPLICATION})
 * @param name display name
 * @param steps steps in sequence (1 to 20); null or empty with {@code bpmn}
 * @param bpmn BPMN 2.0 XML of one executable process (assignees may name the variables {@code
 *     applicant}, {@code tenantAdmins}, {@code orgLeader}, {@code platformOperators})
 */
public record FlowEdit(
    @JsonProperty("tenant_id") String tenantId,
    @JsonProperty("business_type") String businessType,
    String name,
    List<StepEdit> steps,
    String bpmn) {

  /** One step as sent: kind and mode as text so that a wrong one is a 400 naming the field. */
  public record StepEdit(String name, String kind, String mode, List<String> users) {}
}
