/**
 * The REST API of work orders, ticket categories and notices ({@code /api/v1/market/tickets},
 * {@code /ticket-categories}, {@code /notices}): request bodies and their checks (every failure a
 * 4xx naming the field), answers in snake_case.
 */
package io.computility.server.market.ticket.api;
