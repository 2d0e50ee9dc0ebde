package io.computility.server.market.order;

import io.computility.server.market.catalogue.ProductType;

/**
 * Filters of an order listing (seed 003: by state, type, tenant, center, number or name).
 *
 * @param holding only orders whose resources are provisioned (my resources)
 */
record OrderFilter(
    OrderState state,
    ProductType type,
    String tenantId,
    String centerId,
    String number,
    boolean holding) {

  static final OrderFilter HOLDING = new OrderFilter(null, null, null, null, null, true);
}
