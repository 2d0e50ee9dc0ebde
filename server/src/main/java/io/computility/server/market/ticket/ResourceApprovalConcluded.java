package io.computility.server.market.ticket;

import io.computility.server.market.approval.ApprovalAction;
import io.computility.server.market.approval.ApprovalConcluded;
import io.computility.server.market.approval.ApprovalConcluded.Outcome;
import io.computility.server.market.approval.Approvals;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The approval of a resource work order ended (in the deciding transaction): approved resolves the
 * ticket, rejected ends it REJECTED, both in the name of the last approver, whose comment becomes a
 * public comment. A withdrawal (the ticket was closed while pending) changes nothing more.
 */
@Component
class ResourceApprovalConcluded {
  private final TicketFlow flow;
  private final Approvals approvals;

  ResourceApprovalConcluded(TicketFlow flow, Approvals approvals) {
    this.flow = flow;
    this.approvals = approvals;
  }

  @EventListener
  void concluded(ApprovalConcluded e) {
    if (!ResourceApproval.SUBJECT.equals(e.subjectType()) || e.outcome() == Outcome.WITHDRAWN) {
      return;
    }
    List<ApprovalAction> actions = approvals.history(e.subjectType(), e.subjectId());
    ApprovalAction last = actions.isEmpty() ? null : actions.get(actions.size() - 1);
    String actor = last == null ? "system" : last.actorId();
    String note =
        last == null || last.comment() == null || last.comment().isBlank() ? null : last.comment();
    flow.concluded(actor, e.subjectId(), e.outcome() == Outcome.APPROVED, note);
  }
}
