package io.computility.server.market.application;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * An application (申请单) as lists show it.
 *
 * @param id application id
 * @param number business number, e.g. SQ20261208-0001
 * @param tenantId applicant's tenant
 * @param orgId applicant's organisation
 * @param applicantId who applied
 * @param applicantName their login name
 * @param businessSystemId the business system, or null
 * @param businessSystemName its name
 * @param title title
 * @param reason why
 * @param state DRAFT, IN_APPROVAL, APPROVED, REJECTED or DONE
 * @param rejectReason the rejection's reason, or null
 * @param imported true for history imported by an operator
 * @param createdAt created
 * @param updatedAt last changed
 * @param submittedAt last submitted, or null
 * @param decidedAt approved or rejected, or null
 */
public record ApplicationRow(
    String id,
    String number,
    @JsonProperty("tenant_id") String tenantId,
    @JsonProperty("org_id") String orgId,
    @JsonProperty("applicant_id") String applicantId,
    @JsonProperty("applicant_name") String applicantName,
    @JsonProperty("business_system_id") String businessSystemId,
    @JsonProperty("business_system_name") String businessSystemName,
    String title,
    String reason,
    String state,
    @JsonProperty("reject_reason") String rejectReason,
    boolean imported,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("submitted_at") Instant submittedAt,
    @JsonProperty("decided_at") Instant decidedAt) {}
