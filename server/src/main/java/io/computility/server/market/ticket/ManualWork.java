package io.computility.server.market.ticket;

import io.computility.server.market.ticket.TicketMessages.To;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work orders that other parts open on someone's behalf: the order part opens one for each MANUAL
 * order it provisions (people fulfil the service), in the service-catalogue category, related to
 * the order, requested by the applicant. Resolving it publishes {@link TicketResolved}.
 */
@Component
public class ManualWork {
  /** The built-in category of manual service fulfilment work orders (service catalogue). */
  public static final String CATEGORY = "tc-catalogue";

  private final TicketStore tickets;
  private final TicketLog log;
  private final TicketMessages messages;
  private final SlaPolicy sla;
  private final Handlers handlers;
  private final Clock clock;

  public ManualWork(
      TicketStore tickets,
      TicketLog log,
      TicketMessages messages,
      SlaPolicy sla,
      Handlers handlers,
      Clock clock) {
    this.tickets = tickets;
    this.log = log;
    this.messages = messages;
    this.sla = sla;
    this.handlers = handlers;
    this.clock = clock;
  }

  /** What to fulfil, for whom; {@code relatedId} is the order. */
  public record Request(
      String tenantId,
      String orgId,
      String requesterId,
      String title,
      String description,
      String relatedId) {}

  /** Opens the work order in the caller's transaction; returns its id. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String open(Request r) {
    Instant now = clock.instant();
    Ticket t =
        tickets.insert(
            new Ticket(
                NewIds.next("tk"),
                0,
                TicketType.SUPPORT,
                r.title(),
                r.description(),
                CATEGORY,
                TicketPriority.NORMAL,
                TicketState.OPEN,
                Approval.NONE,
                r.tenantId(),
                r.orgId(),
                r.requesterId(),
                handlers.name(r.requesterId()),
                null,
                null,
                r.relatedId(),
                null,
                sla.due(CATEGORY, TicketPriority.NORMAL, now),
                false,
                now,
                now,
                null,
                null));
    log.event(t.id(), r.requesterId(), TicketAction.CREATE, null, t.state(), Map.of(), now);
    messages.send(t, "ticket.msg.created", r.requesterId(), To.HANDLERS, Map.of());
    return t.id();
  }
}
