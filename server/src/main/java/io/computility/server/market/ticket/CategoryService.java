package io.computility.server.market.ticket;

import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ticket categories (CMP-config 工单分类): the built-in roots and up to {@value #MAX_DEPTH} levels in
 * all; a category with children or tickets cannot be deleted, a built-in one never.
 */
@Service
public class CategoryService {
  static final int MAX_DEPTH = 4;
  private final TicketCategoryStore store;
  private final Clock clock;

  public CategoryService(TicketCategoryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public List<TicketCategory> all() {
    return store.all();
  }

  @Transactional
  public TicketCategory create(
      String parentId, String name, boolean enabled, int sort, Map<TicketPriority, Integer> sla) {
    if (parentId != null) {
      if (store.find(parentId).isEmpty()) {
        throw InvalidInputException.unknownReference("parent_id", "ticket category", parentId);
      }
      if (store.chain(parentId).size() >= MAX_DEPTH) {
        throw Check.bad("parent_id", "categories nest at most " + MAX_DEPTH + " levels deep");
      }
    }
    Instant now = clock.instant();
    TicketCategory c =
        new TicketCategory(NewIds.next("tc"), parentId, name, false, enabled, sort, sla, now, now);
    store.insert(c);
    return store.find(c.id()).orElseThrow();
  }

  @Transactional
  public TicketCategory update(
      String id, String name, Boolean enabled, Integer sort, Map<TicketPriority, Integer> sla) {
    TicketCategory c = find(id);
    TicketCategory next =
        new TicketCategory(
            c.id(),
            c.parentId(),
            name == null ? c.name() : name,
            c.builtin(),
            enabled == null ? c.enabled() : enabled,
            sort == null ? c.sort() : sort,
            sla == null ? c.slaHours() : sla,
            c.createdAt(),
            clock.instant());
    store.update(next);
    return store.find(id).orElseThrow();
  }

  @Transactional
  public void delete(String id) {
    TicketCategory c = find(id);
    if (c.builtin()) throw ConflictException.inUse("id", "built-in category " + id + " stays");
    if (!store.deleteUnused(id)) {
      throw ConflictException.inUse("id", "category " + id + " has sub-categories or tickets");
    }
  }

  private TicketCategory find(String id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("id", "no category " + id));
  }
}
