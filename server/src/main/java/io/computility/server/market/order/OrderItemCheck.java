package io.computility.server.market.order;

import io.computility.server.market.application.ItemCheck;
import io.computility.server.market.application.ItemView;
import org.springframework.stereotype.Component;

/**
 * The order part's veto on application items: a RENEW, RESIZE or TERMINATE item must name a live
 * order of the applicant's tenant ({@link OrderChanges#check}), so a wrong order is refused when
 * the item is saved or submitted, not only when the approval is applied.
 */
@Component
class OrderItemCheck implements ItemCheck {
  private final OrderChanges changes;

  OrderItemCheck(OrderChanges changes) {
    this.changes = changes;
  }

  @Override
  public void check(String tenantId, String applicantId, ItemView item, String field) {
    changes.check(tenantId, item.action(), item.orderId(), item.quantity(), item.duration(), field);
  }
}
