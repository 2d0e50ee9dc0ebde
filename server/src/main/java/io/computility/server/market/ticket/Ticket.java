package io.computility.server.market.ticket;

import java.time.Instant;

/** One work order as stored; {@code resource} only on RESOURCE tickets. */
public record Ticket(
    String id,
    long number,
    TicketType type,
    String title,
    String description,
    String categoryId,
    TicketPriority priority,
    TicketState state,
    Approval approval,
    String tenantId,
    String orgId,
    String requesterId,
    String requesterName,
    String assigneeId,
    String assigneeGroup,
    String relatedId,
    ResourceRequest resource,
    Instant dueAt,
    boolean overdue,
    Instant createdAt,
    Instant updatedAt,
    Instant resolvedAt,
    Instant closedAt) {

  /** Overdue: flagged by the sweep, or past due while still active. */
  public boolean overdueAt(Instant now) {
    return state.active() && (overdue || dueAt.isBefore(now));
  }

  Ticket withState(TicketState s, Instant at) {
    return new Ticket(
        id,
        number,
        type,
        title,
        description,
        categoryId,
        priority,
        s,
        approval,
        tenantId,
        orgId,
        requesterId,
        requesterName,
        assigneeId,
        assigneeGroup,
        relatedId,
        resource,
        dueAt,
        overdue,
        createdAt,
        at,
        s == TicketState.RESOLVED ? at : resolvedAt,
        s == TicketState.CLOSED || s == TicketState.REJECTED ? at : closedAt);
  }

  Ticket withAssignee(String user, String group, Instant at) {
    return new Ticket(
        id,
        number,
        type,
        title,
        description,
        categoryId,
        priority,
        state,
        approval,
        tenantId,
        orgId,
        requesterId,
        requesterName,
        user,
        group,
        relatedId,
        resource,
        dueAt,
        overdue,
        createdAt,
        at,
        resolvedAt,
        closedAt);
  }

  Ticket withApproval(Approval a) {
    return new Ticket(
        id,
        number,
        type,
        title,
        description,
        categoryId,
        priority,
        state,
        a,
        tenantId,
        orgId,
        requesterId,
        requesterName,
        assigneeId,
        assigneeGroup,
        relatedId,
        resource,
        dueAt,
        overdue,
        createdAt,
        updatedAt,
        resolvedAt,
        closedAt);
  }

  Ticket withDue(Instant due) {
    return new Ticket(
        id,
        number,
        type,
        title,
        description,
        categoryId,
        priority,
        state,
        approval,
        tenantId,
        orgId,
        requesterId,
        requesterName,
        assigneeId,
        assigneeGroup,
        relatedId,
        resource,
        due,
        false,
        createdAt,
        updatedAt,
        resolvedAt,
        closedAt);
  }
}
