package io.computility.server.market.approval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One decision in an approval's history.
 *
 * @param approvalId the approval
 * @param taskId the engine task decided; null for a withdrawal
 * @param stepName the step
 * @param actorId who
 * @param actorName their login name
 * @param outcome APPROVED, REJECTED or WITHDRAWN
 * @param comment the comment or the rejection's reason
 * @param at when
 */
public record ApprovalAction(
    @JsonProperty("approval_id") String approvalId,
    @JsonProperty("task_id") String taskId,
    @JsonProperty("step_name") String stepName,
    @JsonProperty("actor_id") String actorId,
    @JsonProperty("actor_name") String actorName,
    String outcome,
    String comment,
    Instant at) {}
