package io.computility.server.market.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a ticket is due: its start plus the SLA hours of its priority, taken from its category, else
 * the nearest ancestor that sets them, else {@code computility.market.ticket.sla-hours} (defaults
 * URGENT 4, HIGH 8, NORMAL 24, LOW 72).
 */
@Component
public class SlaPolicy {
  private final TicketCategoryStore categories;
  private final Map<TicketPriority, Integer> defaults = new EnumMap<>(TicketPriority.class);

  public SlaPolicy(
      TicketCategoryStore categories,
      @Value("${computility.market.ticket.sla-hours.urgent:4}") int urgent,
      @Value("${computility.market.ticket.sla-hours.high:8}") int high,
      @Value("${computility.market.ticket.sla-hours.normal:24}") int normal,
      @Value("${computility.market.ticket.sla-hours.low:72}") int low) {
    this.categories = categories;
    defaults.put(TicketPriority.URGENT, urgent);
    defaults.put(TicketPriority.HIGH, high);
    defaults.put(TicketPriority.NORMAL, normal);
    defaults.put(TicketPriority.LOW, low);
  }

  /** The SLA hours of a priority in a category. */
  public int hours(String categoryId, TicketPriority priority) {
    List<TicketCategory> chain = categories.chain(categoryId);
    for (TicketCategory c : chain) {
      Integer h = c.slaHours().get(priority);
      if (h != null) return h;
    }
    return defaults.get(priority);
  }

  public Instant due(String categoryId, TicketPriority priority, Instant from) {
    return from.plus(Duration.ofHours(hours(categoryId, priority)));
  }

  /** The configured defaults by priority. */
  public Map<TicketPriority, Integer> defaults() {
    return Map.copyOf(defaults);
  }
}
