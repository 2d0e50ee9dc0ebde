package io.computility.server.market.ticket;

import io.computility.server.market.ticket.TicketMessages.To;
import io.computility.server.shared.loop.Periodic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flags active work orders past their SLA due time as overdue, once each, and tells their handlers
 * (the assignee, else the group, else everyone who handles work orders), with a history entry; one
 * transaction per run. Runs every {@code computility.market.ticket.sweep-every} (1 minute).
 */
@Component
public class OverdueSweep extends Periodic {
  private final TicketStore tickets;
  private final TicketLog log;
  private final TicketMessages messages;
  private final TransactionTemplate tx;
  private final Clock clock;

  public OverdueSweep(
      TicketStore tickets,
      TicketLog log,
      TicketMessages messages,
      TransactionTemplate tx,
      Clock clock,
      @Value("${computility.market.ticket.sweep-every:1m}") Duration every) {
    super("ticket-overdue", every);
    this.tickets = tickets;
    this.log = log;
    this.messages = messages;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  protected void runOnce() {
    sweep(clock.instant());
  }

  /** Flags what is overdue at {@code now}; answers the tickets flagged by this run. */
  public List<Ticket> sweep(Instant now) {
    return tx.execute(
        s -> {
          List<Ticket> flagged = tickets.flagOverdue(now);
          for (Ticket t : flagged) {
            Map<String, Object> detail = Map.of("dueAt", t.dueAt().toString());
            log.event(t.id(), null, TicketAction.OVERDUE, t.state(), t.state(), detail, now);
            messages.send(t, "ticket.msg.overdue", null, To.HANDLERS, detail);
          }
          return flagged;
        });
  }
}
