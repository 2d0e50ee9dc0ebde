package io.computility.server.market.ticket;

/**
 * SUPPORT: an after-sales question (NET-8.2); RESOURCE: a request for a special resource spec for a
 * limited time that an operator approves or rejects (CMP-aipool 资源工单).
 */
public enum TicketType {
  SUPPORT,
  RESOURCE
}
