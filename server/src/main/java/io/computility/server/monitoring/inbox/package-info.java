/**
 * The inbox as other contexts see it: {@link io.computility.server.monitoring.inbox.Inbox} posts a
 * personal message to one user (the market's work orders, approvals, orders). Published as the
 * named interface {@code inbox} so that a context may write messages without reaching into
 * monitoring's alerts.
 */
package io.computility.server.monitoring.inbox;
