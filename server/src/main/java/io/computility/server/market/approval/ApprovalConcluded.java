package io.computility.server.market.approval;

/**
 * An approval ended. Published synchronously in the transaction that decided it, so the subject's
 * owner (an application, a work order) changes its state in that same transaction.
 *
 * @param subjectType what was approved ({@code APPLICATION})
 * @param subjectId its id
 * @param outcome approved, rejected or withdrawn
 * @param reason the rejection's reason; null otherwise
 */
public record ApprovalConcluded(
    String subjectType, String subjectId, Outcome outcome, String reason) {

  /** How an approval ended. */
  public enum Outcome {
    APPROVED,
    REJECTED,
    WITHDRAWN
  }
}
