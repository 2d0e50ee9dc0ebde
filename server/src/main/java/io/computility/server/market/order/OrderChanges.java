package io.computility.server.market.order;

import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.market.application.ApplicationApproved;
import io.computility.server.market.application.ItemAction;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.NotFoundException;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Applies an approved RENEW, RESIZE or TERMINATE item to the order it names, once (a replayed item
 * changes nothing). Renewing extends the end at once; resizing and terminating are left to the
 * provisioning loop ({@code pending_action}), which changes or releases what was provisioned.
 */
@Component
public class OrderChanges {
  private final JdbcTemplate jdbc;
  private final OrderStore store;
  private final OrderHistory history;
  private final OrderBook book;

  OrderChanges(JdbcTemplate jdbc, OrderStore store, OrderHistory history, OrderBook book) {
    this.jdbc = jdbc;
    this.store = store;
    this.history = history;
    this.book = book;
  }

  /**
   * Refuses (throws, naming {@code field}) a RENEW, RESIZE or TERMINATE item its tenant may not
   * apply: no such order of the tenant, an order that ended, a renewal of an order not yet active,
   * a resize to fewer than one unit, a malformed duration. The approval listener calls it; an
   * {@code ItemCheck} of the applications part calls it when the item is saved and submitted.
   */
  public void check(
      String tenantId,
      ItemAction action,
      String orderId,
      int quantity,
      String duration,
      String field) {
    if (action == ItemAction.NEW) return;
    order(tenantId, action, orderId, quantity, duration, field);
  }

  private OrderRow order(
      String tenantId,
      ItemAction action,
      String orderId,
      int quantity,
      String duration,
      String field) {
    String id = Check.id(orderId, at(field, "order_id"));
    OrderRow o =
        store
            .find(id)
            .filter(r -> r.tenantId().equals(tenantId))
            .orElseThrow(() -> new NotFoundException(at(field, "order_id"), "no order " + id));
    if (!o.state().live()) {
      throw new ConflictException(
          at(field, "order_id"), "order " + o.number() + " is " + o.state() + ", it cannot change");
    }
    if (action == ItemAction.RESIZE && quantity < 1) {
      throw Check.bad(at(field, "quantity"), "must be at least 1");
    }
    if (action == ItemAction.RENEW) {
      Periods.after(Instant.now(), duration, at(field, "duration"));
      if (!o.state().holding()) {
        throw new ConflictException(
            at(field, "order_id"),
            "order " + o.number() + " is not active yet; renew it once it is");
      }
    }
    return o;
  }

  /** The JSON path of a field of the item at {@code field} ("" for a body that is the item). */
  private static String at(String field, String name) {
    return field.isEmpty() ? name : field + "." + name;
  }

  void apply(String tenantId, ApplicationApproved.Item item, String actor, String field) {
    String itemId = Check.id(item.itemId(), field + ".item_id");
    check(tenantId, item.action(), item.orderId(), item.quantity(), item.duration(), field);
    int fresh =
        jdbc.update(
            "insert into market_order_change (item_id, order_id, action, applied_at)"
                + " values (?,?,?,?) on conflict do nothing",
            itemId,
            item.orderId(),
            item.action().name(),
            ts(Instant.now()));
    if (fresh == 0) return; // a replayed approval
    OrderRow o = store.lockWaiting(item.orderId()).orElseThrow();
    Instant now = Instant.now();
    OrderRow changed =
        switch (item.action()) {
          case RENEW -> renew(o, item.duration(), field);
          case RESIZE -> resize(o, item);
          case TERMINATE -> o.withAction("TERMINATE");
          case NEW -> throw new IllegalArgumentException("NEW is not a change");
        };
    store.update(changed, now);
    history.add(o.id(), o.state(), changed.state(), item.action().name(), actor, itemId);
    book.wakeAfterCommit();
  }

  private static OrderRow renew(OrderRow o, String duration, String field) {
    Instant from = o.endAt().isBefore(Instant.now()) ? Instant.now() : o.endAt();
    OrderState s = o.state() == OrderState.EXPIRING ? OrderState.ACTIVE : o.state();
    return o.inState(s, o.reason()).withPeriod(o.startAt(), Periods.after(from, duration, field));
  }

  private static OrderRow resize(OrderRow o, ApplicationApproved.Item item) {
    var components = item.components() != null ? item.components() : o.components();
    String action = o.state().holding() ? "RESIZE" : o.pendingAction();
    return o.withSize(item.quantity(), components).withAction(action);
  }
}
