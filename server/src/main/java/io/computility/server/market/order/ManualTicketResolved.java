package io.computility.server.market.order;

import io.computility.server.market.ticket.TicketResolved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Resolving the work order of a MANUAL order's open fulfilment (that very ticket: another ticket
 * merely naming the order changes nothing) makes the order ACTIVE, in the resolving transaction.
 */
@Component
class ManualTicketResolved {
  private final ManualFulfilments manual;
  private final OrderBook book;

  ManualTicketResolved(ManualFulfilments manual, OrderBook book) {
    this.manual = manual;
    this.book = book;
  }

  @EventListener
  void resolved(TicketResolved e) {
    if (e.relatedId() == null) return;
    if (manual.openTicket(e.relatedId()).filter(e.ticketId()::equals).isEmpty()) return;
    book.fulfilled(e.relatedId(), e.actor());
  }
}
