package io.computility.server.market.ticket;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.Permissions;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.ErrorDetail;
import io.computility.server.shared.web.ErrorReason;
import io.computility.server.shared.web.ForbiddenException;
import io.computility.server.shared.web.NotFoundException;

/**
 * Who may see and act on a ticket: its data scope (the requester, their tenant's admins, operators)
 * or being its assignee; handlers (ticket:handle) see internal notes. A ticket the caller may not
 * see is answered 404, as if it did not exist.
 */
final class TicketAccess {
  private TicketAccess() {}

  static boolean handler(AuthUser u) {
    return u.can(Permissions.TICKET_HANDLE);
  }

  static boolean sees(AuthUser u, Ticket t) {
    return u.scope().sees(t.tenantId(), t.orgId(), t.requesterId())
        || u.userId().equals(t.assigneeId());
  }

  static Ticket visible(AuthUser u, java.util.Optional<Ticket> found, String id) {
    return found.filter(t -> sees(u, t)).orElseThrow(() -> missing(id));
  }

  static NotFoundException missing(String id) {
    return new NotFoundException("id", "no ticket " + id);
  }

  static void mustHandle(AuthUser u) {
    if (!handler(u)) throw ForbiddenException.lacks(Permissions.TICKET_HANDLE);
  }

  /** 409 naming the state when the action is not allowed in it. */
  static void allowed(TicketAction a, Ticket t) {
    if (!a.allowedIn(t.state())) {
      throw new ConflictException(
          "state",
          "cannot "
              + a.name().toLowerCase(java.util.Locale.ROOT)
              + " a ticket in state "
              + t.state(),
          ErrorReason.CONFLICT,
          ErrorDetail.params("state", t.state().name(), "action", a.name()));
    }
  }
}
