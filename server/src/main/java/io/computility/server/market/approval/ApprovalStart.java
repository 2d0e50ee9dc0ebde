package io.computility.server.market.approval;

/**
 * What starts an approval.
 *
 * @param subjectType what is approved ({@code APPLICATION})
 * @param subjectId its id
 * @param tenantId tenant of the applicant: picks the flow and the approvers
 * @param orgId organisation of the applicant: its leader approves ORG_LEADER steps
 * @param applicantId who asked; told the outcome
 * @param businessType picks the flow with the tenant
 * @param title shown to the approvers
 */
public record ApprovalStart(
    String subjectType,
    String subjectId,
    String tenantId,
    String orgId,
    String applicantId,
    String businessType,
    String title) {}
