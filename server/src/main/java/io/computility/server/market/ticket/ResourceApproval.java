package io.computility.server.market.ticket;

import io.computility.server.identity.AuthUser;
import io.computility.server.market.approval.ApprovalStart;
import io.computility.server.market.approval.Approvals;
import io.computility.server.market.approval.SubjectTasks;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resource work orders (CMP-aipool 资源工单) are approved on the market's generic approval: raising or
 * reopening one starts an approval of subject type {@code ticket} and business type {@code
 * RESOURCE_TICKET} (the tenant's flow, else the default: platform operators, or-sign); {@link
 * ResourceApprovalConcluded} applies the outcome. Approvers decide from their to-do list or with
 * the ticket's approve and reject buttons ({@link #decide}, their own task).
 */
@Component
public class ResourceApproval {
  static final String SUBJECT = "ticket";
  static final String BUSINESS_TYPE = "RESOURCE_TICKET";
  private final Approvals approvals;
  private final SubjectTasks tasks;
  private final TicketStore tickets;

  public ResourceApproval(Approvals approvals, SubjectTasks tasks, TicketStore tickets) {
    this.approvals = approvals;
    this.tasks = tasks;
    this.tickets = tickets;
  }

  /** Starts the approval of a raised or reopened resource work order: it is pending until then. */
  Approval start(Ticket t) {
    approvals.start(
        new ApprovalStart(
            SUBJECT, t.id(), t.tenantId(), t.orgId(), t.requesterId(), BUSINESS_TYPE, t.title()));
    return Approval.PENDING;
  }

  /** Withdraws the running approval of a work order closed while pending (409 once approved). */
  void withdraw(Ticket t, String actorId) {
    approvals
        .latest(SUBJECT, t.id())
        .filter(a -> "RUNNING".equals(a.state()))
        .ifPresent(a -> approvals.withdraw(SUBJECT, t.id(), actorId));
  }

  /** An approver decides their task of a pending resource work order from the ticket's page. */
  @Transactional
  public Ticket decide(AuthUser approver, String ticketId, boolean approved, String reason) {
    Ticket t = TicketAccess.visible(approver, tickets.find(ticketId), ticketId);
    if (t.approval() != Approval.PENDING) {
      throw new ConflictException(
          "approval", "ticket " + ticketId + " has no pending approval (" + t.approval() + ")");
    }
    if (!approved && (reason == null || reason.isBlank())) {
      throw Check.bad("note", "give the reason of the rejection");
    }
    tasks.decide(approver, SUBJECT, ticketId, approved, reason);
    return tickets.find(ticketId).orElseThrow();
  }
}
