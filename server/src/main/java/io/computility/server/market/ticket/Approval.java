package io.computility.server.market.ticket;

/** The approval of a resource work order; NONE on support tickets. */
public enum Approval {
  NONE,
  PENDING,
  APPROVED,
  REJECTED
}
