package io.computility.server.market.order;

import io.computility.server.market.catalogue.ProductComponents;
import io.computility.server.market.catalogue.ProductType;
import java.math.BigDecimal;
import java.time.Instant;

/** An order as stored (see V80__market_orders.sql for the columns). */
record OrderRow(
    String id,
    String number,
    String itemId,
    String demandId,
    String applicationId,
    String applicationNumber,
    String tenantId,
    String orgId,
    String applicantId,
    String businessSystemId,
    String productId,
    String productName,
    ProductType type,
    String centerId,
    int quantity,
    ProductComponents components,
    String duration,
    BigDecimal price,
    OrderState state,
    String reason,
    String pendingAction,
    boolean stopped,
    int attempts,
    Instant startAt,
    Instant endAt,
    Instant createdAt,
    Instant updatedAt) {

  /** True for a vGPU slice (or whole cards) on the platform's own pool. */
  boolean onPool() {
    return centerId == null && type == ProductType.COMPUTE;
  }

  /** The amounts of all units. */
  ProductComponents total() {
    return components.times(quantity);
  }

  OrderRow inState(OrderState s, String why) {
    return with(s, why, pendingAction, stopped, attempts, startAt, endAt, quantity, components);
  }

  OrderRow withAction(String action) {
    return with(state, reason, action, stopped, attempts, startAt, endAt, quantity, components);
  }

  OrderRow withPeriod(Instant start, Instant end) {
    return with(state, reason, pendingAction, stopped, attempts, start, end, quantity, components);
  }

  OrderRow withStopped(boolean stop) {
    return with(state, reason, pendingAction, stop, attempts, startAt, endAt, quantity, components);
  }

  OrderRow withAttempts(int n) {
    return with(state, reason, pendingAction, stopped, n, startAt, endAt, quantity, components);
  }

  OrderRow withSize(int units, ProductComponents c) {
    return with(state, reason, pendingAction, stopped, attempts, startAt, endAt, units, c);
  }

  private OrderRow with(
      OrderState s,
      String why,
      String action,
      boolean stop,
      int n,
      Instant start,
      Instant end,
      int units,
      ProductComponents c) {
    return new OrderRow(
        id,
        number,
        itemId,
        demandId,
        applicationId,
        applicationNumber,
        tenantId,
        orgId,
        applicantId,
        businessSystemId,
        productId,
        productName,
        type,
        centerId,
        units,
        c,
        duration,
        price,
        s,
        why,
        action,
        stop,
        n,
        start,
        end,
        createdAt,
        updatedAt);
  }
}
