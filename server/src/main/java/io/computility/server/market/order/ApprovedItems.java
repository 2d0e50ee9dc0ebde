package io.computility.server.market.order;

import io.computility.server.market.application.ApplicationApproved;
import io.computility.server.market.application.ItemAction;
import io.computility.server.market.catalogue.Catalogue;
import io.computility.server.market.catalogue.ProductView;
import io.computility.server.shared.web.Check;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an approved application into orders, in the approving transaction: one PENDING order per
 * NEW item (unique on the item, so a replayed approval creates nothing twice) and a change of the
 * named order per RENEW, RESIZE or TERMINATE item ({@link OrderChanges}). An item that cannot be
 * honoured (unknown product, an order of another tenant, an order that ended) throws, and the
 * approval rolls back with it: an approval is never recorded without its orders.
 */
@Component
class ApprovedItems {
  private final OrderBook book;
  private final OrderChanges changes;
  private final Catalogue catalogue;

  ApprovedItems(OrderBook book, OrderChanges changes, Catalogue catalogue) {
    this.book = book;
    this.changes = changes;
    this.catalogue = catalogue;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(ApplicationApproved a) {
    for (int i = 0; i < a.items().size(); i++) {
      ApplicationApproved.Item item = a.items().get(i);
      String field = "items[" + i + "]";
      if (item.action() == ItemAction.NEW) {
        book.create(order(a, item, field), a.applicantId());
      } else {
        changes.apply(a.tenantId(), item, a.applicantId(), field);
      }
    }
  }

  private NewOrder order(ApplicationApproved a, ApplicationApproved.Item item, String field) {
    ProductView p =
        catalogue
            .find(Check.id(item.productId(), field + ".product_id"))
            .orElseThrow(() -> Check.bad(field + ".product_id", "no product " + item.productId()));
    if (item.quantity() < 1) throw Check.bad(field + ".quantity", "must be at least 1");
    String duration = item.duration() != null ? item.duration() : "P1M";
    Periods.after(java.time.Instant.now(), duration, field + ".duration");
    return new NewOrder(
        Check.id(item.itemId(), field + ".item_id"),
        null,
        a.applicationId(),
        a.number(),
        a.tenantId(),
        a.orgId(),
        a.applicantId(),
        a.businessSystemId(),
        p.id(),
        p.name(),
        p.type(),
        p.centerId(),
        item.quantity(),
        item.components() != null ? item.components() : p.components(),
        duration,
        null);
  }
}
