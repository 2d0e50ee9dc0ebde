package io.computility.server.market.ticket.api;

import io.computility.server.market.ticket.NewTicket;
import io.computility.server.market.ticket.ResourceRequest;
import io.computility.server.market.ticket.TicketPriority;
import io.computility.server.market.ticket.TicketType;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.InvalidInputException;
import java.time.Instant;

/** Checks a new work order's body field by field (400 naming the first bad field). */
final class TicketInput {
  static final int TITLE = 200;
  static final int DESCRIPTION = 10_000;
  static final int NOTE = 10_000;
  static final long MAX_MEMORY_MB = 1L << 30;
  static final int MAX_UNITS = 1_000_000;

  private TicketInput() {}

  static NewTicket check(TicketBodies.Create b, Instant now) {
    if (b == null) throw InvalidInputException.required("title");
    String title = Inputs.text(b.title(), "title", TITLE);
    String category = Check.id(b.categoryId(), "category_id");
    String description = Inputs.text(b.description(), "description", DESCRIPTION);
    TicketPriority priority = Inputs.enumValue(TicketPriority.class, b.priority(), "priority");
    TicketType type = Inputs.enumValue(TicketType.class, b.type(), "type");
    if (type == null) type = TicketType.SUPPORT;
    String related = Inputs.id(b.relatedId(), "related_id");
    ResourceRequest resource = null;
    if (type == TicketType.RESOURCE) resource = resource(b.resource(), now);
    else if (b.resource() != null) {
      throw Check.bad("resource", "only a RESOURCE work order asks for resources");
    }
    return new NewTicket(
        title,
        category,
        description,
        priority == null ? TicketPriority.NORMAL : priority,
        type,
        related,
        resource);
  }

  private static ResourceRequest resource(TicketBodies.Resource r, Instant now) {
    if (r == null) throw InvalidInputException.required("resource");
    int cpu = Inputs.between(r.cpu(), 0, MAX_UNITS, "resource.cpu", 0);
    int gpu = Inputs.between(r.gpu(), 0, MAX_UNITS, "resource.gpu", 0);
    long memory = r.memoryMb() == null ? 0 : r.memoryMb();
    if (memory < 0) throw InvalidInputException.tooSmall("resource.memory_mb", 0, memory);
    if (memory > MAX_MEMORY_MB) {
      throw InvalidInputException.tooLarge("resource.memory_mb", MAX_MEMORY_MB, memory);
    }
    if (cpu == 0 && gpu == 0 && memory == 0) {
      throw Check.bad("resource.cpu", "ask for at least one of cpu, memory_mb, gpu");
    }
    String model = Inputs.id(r.gpuModel(), "resource.gpu_model");
    Instant from = Check.present(Inputs.instant(r.from(), "resource.from"), "resource.from");
    Instant until = Check.present(Inputs.instant(r.until(), "resource.until"), "resource.until");
    if (!until.isAfter(from)) throw Check.bad("resource.until", "must be after resource.from");
    if (!until.isAfter(now)) throw Check.bad("resource.until", "must be in the future");
    return new ResourceRequest(cpu, memory, gpu, model, from, until);
  }
}
