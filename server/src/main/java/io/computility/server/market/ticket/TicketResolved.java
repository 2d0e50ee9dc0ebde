package io.computility.server.market.ticket;

/**
 * A work order was resolved, published synchronously in the resolving transaction: the order part
 * listens to finish the manual fulfilment of the order the ticket is related to.
 *
 * @param ticketId the work order
 * @param relatedId its related order or resource id, or null
 * @param actor who resolved it
 */
public record TicketResolved(String ticketId, String relatedId, String actor) {}
