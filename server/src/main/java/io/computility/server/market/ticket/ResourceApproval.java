package io.computility.server.market.ticket;

import io.computility.server.identity.AuthUser;
import org.springframework.stereotype.Component;

/**
 * THE seam between resource work orders (CMP-aipool 资源工单) and approvals. Today an operator approves
 * or rejects in the ticket itself ({@code POST /api/v1/market/tickets/{id}/approve} and {@code
 * /reject}). To move them onto the market's generic approval ({@code market.approval}): make {@link
 * #start} start an approval of subject type {@code ticket} and id {@code t.id()} for the
 * requester's tenant, and add an {@code @EventListener} on {@code ApprovalConcluded} (subject type
 * {@code ticket}) that calls {@link TicketFlow#concluded}; the two endpoints then go away.
 */
@Component
public class ResourceApproval {
  private final TicketFlow flow;

  public ResourceApproval(TicketFlow flow) {
    this.flow = flow;
  }

  /** A resource work order was raised: its approval is pending until an operator decides. */
  Approval start(Ticket t) {
    return Approval.PENDING;
  }

  /** An operator's decision on a pending resource work order. */
  public Ticket decide(AuthUser operator, String ticketId, boolean approved, String reason) {
    return flow.concluded(operator, ticketId, approved, reason);
  }
}
