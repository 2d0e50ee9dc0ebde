/**
 * Approvals on Flowable, generic over what is approved: a subject (type and id, e.g. an application
 * or a work order) of a tenant and business type runs through the newest version of the flow of
 * that tenant (or the default flow) and business type. Flows are steps of approvers (organisation
 * leader, tenant administrators, platform operators, named users) signed by all (countersign) or by
 * any one (or-sign), written as BPMN (Business Process Model and Notation) by the platform or
 * uploaded. The outcome is published as {@link
 * io.computility.server.market.approval.ApprovalConcluded} in the deciding transaction.
 */
package io.computility.server.market.approval;
