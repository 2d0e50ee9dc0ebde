package io.computility.server.market.ticket;

/**
 * The approval of a resource work order; NONE on support tickets. REVOKED: approved, then disabled
 * by an operator before its window ended (seed 003 禁用工单).
 */
public enum Approval {
  NONE,
  PENDING,
  APPROVED,
  REJECTED,
  REVOKED
}
