package io.computility.server.market.ticket;

/** How urgent a work order is; its SLA hours depend on it (and on its category). */
public enum TicketPriority {
  URGENT,
  HIGH,
  NORMAL,
  LOW
}
