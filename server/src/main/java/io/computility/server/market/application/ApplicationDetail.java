package io.computility.server.market.application;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.market.approval.ApprovalAction;
import java.util.List;

/**
 * An application with its items, attachments and the history of its approvals.
 *
 * @param application the application
 * @param items its items
 * @param attachments its attachments (without content)
 * @param history every approval decision, oldest first
 * @param approvalId the newest approval, or null
 */
public record ApplicationDetail(
    ApplicationRow application,
    List<ItemView> items,
    List<AttachmentView> attachments,
    List<ApprovalAction> history,
    @JsonProperty("approval_id") String approvalId) {}
