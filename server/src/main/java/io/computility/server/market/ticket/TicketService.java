package io.computility.server.market.ticket;

import io.computility.server.identity.AuthUser;
import io.computility.server.market.ticket.TicketMessages.To;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.PageData;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raising work orders and reading them (list, detail with comments and history). */
@Service
public class TicketService {
  private final TicketStore tickets;
  private final TicketCategoryStore categories;
  private final TicketLog log;
  private final TicketMessages messages;
  private final SlaPolicy sla;
  private final ResourceApproval approval;
  private final Handlers handlers;
  private final Clock clock;

  public TicketService(
      TicketStore tickets,
      TicketCategoryStore categories,
      TicketLog log,
      TicketMessages messages,
      SlaPolicy sla,
      ResourceApproval approval,
      Handlers handlers,
      Clock clock) {
    this.tickets = tickets;
    this.categories = categories;
    this.log = log;
    this.messages = messages;
    this.sla = sla;
    this.approval = approval;
    this.handlers = handlers;
    this.clock = clock;
  }

  /** One ticket with what the caller may see of it. */
  public record Detail(
      Ticket ticket,
      String assigneeName,
      List<TicketComment> comments,
      List<TicketEvent> history,
      boolean handler) {}

  @Transactional
  public Ticket create(AuthUser u, NewTicket n) {
    TicketCategory c =
        categories
            .find(n.categoryId())
            .filter(TicketCategory::enabled)
            .orElseThrow(
                () ->
                    InvalidInputException.unknownReference(
                        "category_id", "ticket category", n.categoryId()));
    Instant now = clock.instant();
    Ticket draft =
        new Ticket(
            NewIds.next("tk"),
            0,
            n.type(),
            n.title(),
            n.description(),
            c.id(),
            n.priority(),
            TicketState.OPEN,
            Approval.NONE,
            u.tenantId(),
            u.orgId(),
            u.userId(),
            u.username(),
            null,
            null,
            n.relatedId(),
            n.resource(),
            sla.due(c.id(), n.priority(), now),
            false,
            now,
            now,
            null,
            null);
    if (n.type() == TicketType.RESOURCE) draft = draft.withApproval(approval.start(draft));
    Ticket t = tickets.insert(draft);
    log.event(t.id(), u.userId(), TicketAction.CREATE, null, t.state(), Map.of(), now);
    messages.send(t, "ticket.msg.created", u.userId(), To.HANDLERS, Map.of());
    return t;
  }

  public PageData<Ticket> list(TicketFilter f, int page, int size) {
    return tickets.list(f, clock.instant(), page, size);
  }

  public Detail detail(AuthUser u, String id) {
    Ticket t = TicketAccess.visible(u, tickets.find(id), id);
    boolean handler = TicketAccess.handler(u);
    String assignee = t.assigneeId() == null ? null : handlers.name(t.assigneeId());
    return new Detail(t, assignee, log.comments(id, handler), log.events(id, handler), handler);
  }

  /** 404 unless the caller may see the ticket. */
  public void mustSee(AuthUser u, String id) {
    TicketAccess.visible(u, tickets.find(id), id);
  }

  public Instant now() {
    return clock.instant();
  }
}
