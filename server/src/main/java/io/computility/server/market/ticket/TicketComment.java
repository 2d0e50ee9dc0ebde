package io.computility.server.market.ticket;

import java.time.Instant;

/** A comment on a ticket; {@code internal} ones are handlers' notes the requester never sees. */
public record TicketComment(
    long id,
    String ticketId,
    String authorId,
    String authorName,
    String body,
    boolean internal,
    Instant createdAt) {}
