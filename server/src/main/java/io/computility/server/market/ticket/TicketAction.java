package io.computility.server.market.ticket;

import static io.computility.server.market.ticket.TicketState.*;

import java.util.Set;

/**
 * What can happen to a work order, the states it may happen in, and the state it leads to (null:
 * decided by the action itself, e.g. reopen goes back to ASSIGNED when someone handles it). An
 * action in any other state is refused with 409 naming the state.
 */
public enum TicketAction {
  CREATE(Set.of(), OPEN),
  ASSIGN(Set.of(OPEN, ASSIGNED, IN_PROGRESS), null),
  START(Set.of(OPEN, ASSIGNED), IN_PROGRESS),
  RESOLVE(Set.of(ASSIGNED, IN_PROGRESS), RESOLVED),
  CLOSE(Set.of(OPEN, ASSIGNED, IN_PROGRESS, RESOLVED), CLOSED),
  REOPEN(Set.of(RESOLVED, CLOSED), null),
  APPROVE(Set.of(OPEN, ASSIGNED, IN_PROGRESS), RESOLVED),
  REJECT(Set.of(OPEN, ASSIGNED, IN_PROGRESS), REJECTED),
  REVOKE(Set.of(RESOLVED, CLOSED), CLOSED),
  COMMENT(Set.of(OPEN, ASSIGNED, IN_PROGRESS, RESOLVED), null),
  OVERDUE(Set.of(OPEN, ASSIGNED, IN_PROGRESS), null);

  private final Set<TicketState> from;
  private final TicketState to;

  TicketAction(Set<TicketState> from, TicketState to) {
    this.from = from;
    this.to = to;
  }

  public boolean allowedIn(TicketState state) {
    return from.contains(state);
  }

  /** The state after this action (null when the action decides). */
  public TicketState to() {
    return to;
  }
}
