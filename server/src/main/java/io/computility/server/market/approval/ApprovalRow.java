package io.computility.server.market.approval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One approval of a subject.
 *
 * @param id approval id
 * @param tenantId tenant of the applicant
 * @param businessType business type
 * @param subjectType what is approved
 * @param subjectId its id
 * @param title shown to approvers
 * @param applicantId who asked
 * @param flowId the flow version it runs
 * @param processId the engine's process instance
 * @param state RUNNING, APPROVED, REJECTED or WITHDRAWN
 * @param approvals how many approvals were given so far (withdrawing needs none)
 * @param createdAt started
 * @param endedAt ended, or null
 */
public record ApprovalRow(
    String id,
    @JsonProperty("tenant_id") String tenantId,
    @JsonProperty("business_type") String businessType,
    @JsonProperty("subject_type") String subjectType,
    @JsonProperty("subject_id") String subjectId,
    String title,
    @JsonProperty("applicant_id") String applicantId,
    @JsonProperty("flow_id") String flowId,
    @JsonProperty("process_id") String processId,
    String state,
    int approvals,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("ended_at") Instant endedAt) {}
