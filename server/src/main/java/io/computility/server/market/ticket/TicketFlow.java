package io.computility.server.market.ticket;

import static io.computility.server.market.ticket.TicketAccess.allowed;
import static io.computility.server.market.ticket.TicketAccess.mustHandle;
import static io.computility.server.market.ticket.TicketAccess.visible;

import io.computility.server.identity.AuthUser;
import io.computility.server.market.ticket.TicketMessages.To;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work order state machine (OPEN → ASSIGNED → IN_PROGRESS → RESOLVED → CLOSED, reopen): each
 * change locks the ticket's row, checks the state (409 naming it), writes the history and tells the
 * people concerned, in one transaction.
 */
@Service
public class TicketFlow {
  private final TicketStore tickets;
  private final TicketLog log;
  private final TicketMessages messages;
  private final Handlers handlers;
  private final SlaPolicy sla;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ResourceApproval approval;

  public TicketFlow(
      TicketStore tickets,
      TicketLog log,
      TicketMessages messages,
      Handlers handlers,
      SlaPolicy sla,
      Clock clock,
      ApplicationEventPublisher events,
      ResourceApproval approval) {
    this.events = events;
    this.approval = approval;
    this.tickets = tickets;
    this.log = log;
    this.messages = messages;
    this.handlers = handlers;
    this.sla = sla;
    this.clock = clock;
  }

  /** Assigns to one handler ({@code userId}) or a group (a role holding ticket:handle). */
  @Transactional
  public Ticket assign(AuthUser u, String id, String userId, String groupId) {
    mustHandle(u);
    if ((userId == null) == (groupId == null)) {
      throw Check.bad("assignee_id", "give either assignee_id or group_id");
    }
    if (userId != null && !handlers.isUser(userId)) {
      throw Check.bad("assignee_id", "'" + userId + "' is not a user who handles work orders");
    }
    if (groupId != null && !handlers.isGroup(groupId)) {
      throw Check.bad("group_id", "'" + groupId + "' is not a role that handles work orders");
    }
    Ticket t = lock(u, id);
    allowed(TicketAction.ASSIGN, t);
    Instant now = clock.instant();
    TicketState to = t.state() == TicketState.OPEN ? TicketState.ASSIGNED : t.state();
    Ticket next = t.withAssignee(userId, groupId, now).withState(to, now);
    String name = userId != null ? handlers.name(userId) : groupId;
    return apply(
        u, t, next, TicketAction.ASSIGN, Map.of("assignee", name), "ticket.msg.assigned", To.BOTH);
  }

  /** The caller takes the ticket (领取) and starts on it. */
  @Transactional
  public Ticket claim(AuthUser u, String id) {
    mustHandle(u);
    Ticket t = lock(u, id);
    allowed(TicketAction.START, t);
    Instant now = clock.instant();
    Ticket next = t.withAssignee(u.userId(), null, now).withState(TicketState.IN_PROGRESS, now);
    return apply(
        u,
        t,
        next,
        TicketAction.START,
        Map.of("assignee", u.username()),
        "ticket.msg.started",
        To.BOTH);
  }

  @Transactional
  public Ticket start(AuthUser u, String id) {
    mustHandle(u);
    Ticket t = lock(u, id);
    allowed(TicketAction.START, t);
    Instant now = clock.instant();
    Ticket next = t.withState(TicketState.IN_PROGRESS, now);
    if (t.assigneeId() == null) next = next.withAssignee(u.userId(), null, now);
    return apply(u, t, next, TicketAction.START, Map.of(), "ticket.msg.started", To.BOTH);
  }

  /**
   * Resolves with an answer; {@code note} becomes a public comment. Publishes {@link
   * TicketResolved} in the same transaction (a manual fulfilment's order becomes ACTIVE).
   */
  @Transactional
  public Ticket resolve(AuthUser u, String id, String note) {
    mustHandle(u);
    Ticket t = lock(u, id);
    allowed(TicketAction.RESOLVE, t);
    if (t.approval() == Approval.PENDING) {
      throw new ConflictException("approval", "approve or reject the resource request first");
    }
    Instant now = clock.instant();
    if (note != null) log.comment(t.id(), u.userId(), u.username(), note, false, now);
    Ticket done =
        apply(
            u,
            t,
            t.withState(TicketState.RESOLVED, now),
            TicketAction.RESOLVE,
            note == null ? Map.of() : Map.of("excerpt", excerpt(note)),
            "ticket.msg.resolved",
            To.BOTH);
    events.publishEvent(new TicketResolved(t.id(), t.relatedId(), u.userId()));
    return done;
  }

  @Transactional
  public Ticket close(AuthUser u, String id) {
    Ticket t = lock(u, id);
    allowed(TicketAction.CLOSE, t);
    if (t.approval() == Approval.PENDING) approval.withdraw(t, u.userId());
    Instant now = clock.instant();
    return apply(
        u,
        t,
        t.withState(TicketState.CLOSED, now),
        TicketAction.CLOSE,
        Map.of(),
        "ticket.msg.closed",
        To.BOTH);
  }

  /**
   * Back to work: ASSIGNED when someone handles it, else OPEN; the SLA starts again, and a resource
   * work order waits for a new approval.
   */
  @Transactional
  public Ticket reopen(AuthUser u, String id, String reason) {
    Ticket t = lock(u, id);
    allowed(TicketAction.REOPEN, t);
    Instant now = clock.instant();
    boolean assigned = t.assigneeId() != null || t.assigneeGroup() != null;
    Ticket next =
        t.withState(assigned ? TicketState.ASSIGNED : TicketState.OPEN, now)
            .withDue(sla.due(t.categoryId(), t.priority(), now));
    if (t.type() == TicketType.RESOURCE) next = next.withApproval(approval.start(next));
    if (reason != null) log.comment(t.id(), u.userId(), u.username(), reason, false, now);
    return apply(
        u,
        t,
        next,
        TicketAction.REOPEN,
        reason == null ? Map.of() : Map.of("excerpt", excerpt(reason)),
        "ticket.msg.reopened",
        To.BOTH);
  }

  /**
   * A comment; internal notes only by handlers, and only handlers are told of them; a reply tells
   * the requester and the handlers (never its writer).
   */
  @Transactional
  public Ticket comment(AuthUser u, String id, String body, boolean internal) {
    if (internal) mustHandle(u);
    Ticket t = lock(u, id);
    allowed(TicketAction.COMMENT, t);
    Instant now = clock.instant();
    log.comment(t.id(), u.userId(), u.username(), body, internal, now);
    Map<String, Object> detail = new HashMap<>(Map.of("internal", internal));
    log.event(t.id(), u.userId(), TicketAction.COMMENT, t.state(), t.state(), detail, now);
    Map<String, Object> params = Map.of("actor", u.username(), "excerpt", excerpt(body));
    To to = internal ? To.HANDLERS : To.BOTH;
    messages.send(t, "ticket.msg.commented", u.userId(), to, params);
    return t;
  }

  /**
   * The outcome of a resource work order's approval (see {@link ResourceApproval}), applied in the
   * deciding transaction in the name of the approver {@code actorId}.
   */
  @Transactional
  public Ticket concluded(String actorId, String id, boolean approved, String reason) {
    Ticket t = tickets.lock(id).orElseThrow(() -> TicketAccess.missing(id));
    TicketAction a = approved ? TicketAction.APPROVE : TicketAction.REJECT;
    allowed(a, t);
    if (t.approval() != Approval.PENDING) {
      throw new ConflictException(
          "approval", "ticket " + id + " has no pending approval (" + t.approval() + ")");
    }
    Instant now = clock.instant();
    if (reason != null) log.comment(t.id(), actorId, handlers.name(actorId), reason, false, now);
    Ticket next =
        t.withApproval(approved ? Approval.APPROVED : Approval.REJECTED).withState(a.to(), now);
    if (next.assigneeId() == null) next = next.withAssignee(actorId, null, now);
    Map<String, Object> extra = reason == null ? Map.of() : Map.of("excerpt", excerpt(reason));
    String code = approved ? "ticket.msg.approved" : "ticket.msg.rejected";
    return apply(actorId, t, next, a, extra, code, To.BOTH);
  }

  /** Disables an approved resource work order (禁用工单): approval REVOKED, the ticket CLOSED. */
  @Transactional
  public Ticket revoke(AuthUser u, String id, String reason) {
    mustHandle(u);
    Ticket t = lock(u, id);
    allowed(TicketAction.REVOKE, t);
    if (t.approval() != Approval.APPROVED) {
      throw new ConflictException(
          "approval", "only an approved resource work order can be revoked (" + t.approval() + ")");
    }
    Instant now = clock.instant();
    if (reason != null) log.comment(t.id(), u.userId(), u.username(), reason, false, now);
    Ticket next = t.withApproval(Approval.REVOKED).withState(TicketState.CLOSED, now);
    Map<String, Object> extra = reason == null ? Map.of() : Map.of("excerpt", excerpt(reason));
    return apply(u, t, next, TicketAction.REVOKE, extra, "ticket.msg.revoked", To.BOTH);
  }

  private Ticket lock(AuthUser u, String id) {
    return visible(u, tickets.lock(id), id);
  }

  private Ticket apply(
      AuthUser u,
      Ticket before,
      Ticket after,
      TicketAction action,
      Map<String, Object> detail,
      String code,
      To to) {
    return apply(u.userId(), before, after, action, detail, code, to);
  }

  private Ticket apply(
      String actorId,
      Ticket before,
      Ticket after,
      TicketAction action,
      Map<String, Object> detail,
      String code,
      To to) {
    tickets.update(after);
    log.event(
        after.id(), actorId, action, before.state(), after.state(), detail, after.updatedAt());
    messages.send(after, code, actorId, to, detail);
    return tickets.find(after.id()).orElseThrow();
  }

  static String excerpt(String text) {
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }
}
