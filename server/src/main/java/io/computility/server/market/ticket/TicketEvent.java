package io.computility.server.market.ticket;

import java.time.Instant;
import java.util.Map;

/** One entry of a ticket's history: who did what, from which state to which. */
public record TicketEvent(
    long id,
    String ticketId,
    Instant at,
    String actorId,
    TicketAction action,
    TicketState from,
    TicketState to,
    Map<String, Object> detail) {}
