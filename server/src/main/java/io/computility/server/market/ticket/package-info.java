/**
 * Work orders (after-sales tickets, 工单; NET-8.2 售后服务, CMP-config ticket categories, CMP-aipool
 * resource work orders), their categories, SLA (service-level agreement: the time by which a ticket
 * must be resolved) and overdue sweep, comments and history; notices and news ({@code notice}); and
 * the listener that stores every {@link io.computility.server.market.MarketMessage} in the
 * recipients' inboxes. Its REST API is in {@code api}. May use the {@code approval} and {@code
 * catalogue} parts of the market only; the {@code order} part uses it ({@link
 * io.computility.server.market.ticket.ManualWork} opens a manual service's work order, {@link
 * io.computility.server.market.ticket.TicketResolved} tells it the work is done).
 */
package io.computility.server.market.ticket;
