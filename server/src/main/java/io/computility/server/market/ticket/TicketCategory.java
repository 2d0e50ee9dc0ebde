package io.computility.server.market.ticket;

import java.time.Instant;
import java.util.Map;

/**
 * A ticket category (工单分类): built-in roots (service catalogue, system, operations) and the levels
 * operators add below them. {@code slaHours}: hours to resolve by priority; a priority missing
 * falls back to the parent's, then to the configured defaults.
 */
public record TicketCategory(
    String id,
    String parentId,
    String name,
    boolean builtin,
    boolean enabled,
    int sort,
    Map<TicketPriority, Integer> slaHours,
    Instant createdAt,
    Instant updatedAt) {
  public TicketCategory {
    slaHours = Map.copyOf(slaHours);
  }
}
