package io.computility.server.market.approval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A to-do of an approver: one engine task with the approval it belongs to.
 *
 * @param taskId the task to approve or reject
 * @param stepName the step
 * @param createdAt when it arrived
 * @param approvalId the approval
 * @param title the approval's title (the application's)
 * @param subjectType what is approved
 * @param subjectId its id
 * @param tenantId tenant of the applicant
 * @param applicantId who asked
 */
public record TaskView(
    @JsonProperty("task_id") String taskId,
    @JsonProperty("step_name") String stepName,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("approval_id") String approvalId,
    String title,
    @JsonProperty("subject_type") String subjectType,
    @JsonProperty("subject_id") String subjectId,
    @JsonProperty("tenant_id") String tenantId,
    @JsonProperty("applicant_id") String applicantId) {}
