package io.computility.server.market.ticket;

/**
 * What a requester gives to raise a work order (checked by the API layer): title, category,
 * description, priority, type, an optional related order or resource id, and for RESOURCE tickets
 * the resource request.
 */
public record NewTicket(
    String title,
    String categoryId,
    String description,
    TicketPriority priority,
    TicketType type,
    String relatedId,
    ResourceRequest resource) {}
