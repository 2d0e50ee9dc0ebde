package io.computility.server.market.approval;

/** How the approvers of one step decide. */
public enum SignMode {
  /** Countersign (会签): every approver must approve. */
  COUNTERSIGN,
  /** Or-sign (或签): the first approval of any one approver completes the step. */
  OR_SIGN
}
