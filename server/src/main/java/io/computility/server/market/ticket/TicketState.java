package io.computility.server.market.ticket;

import java.util.Set;

/**
 * Where a work order is: OPEN (new, nobody handles it) → ASSIGNED → IN_PROGRESS → RESOLVED (an
 * answer or an approval) → CLOSED; RESOLVED and CLOSED may be reopened. REJECTED ends a resource
 * work order whose request an operator refused.
 */
public enum TicketState {
  OPEN,
  ASSIGNED,
  IN_PROGRESS,
  RESOLVED,
  CLOSED,
  REJECTED;

  /** States in which the SLA clock runs. */
  public static final Set<TicketState> ACTIVE = Set.of(OPEN, ASSIGNED, IN_PROGRESS);

  public boolean active() {
    return ACTIVE.contains(this);
  }
}
