package io.computility.server.market.application;

import io.computility.server.market.catalogue.ProductComponents;
import java.util.List;

/**
 * An application passed its last approval step. Published in the transaction that records the
 * approval; the order part listens in that same transaction and creates exactly one order (or one
 * change of an order) per item, so an approval is never recorded without its orders.
 *
 * @param applicationId application id
 * @param number business number shown to users
 * @param tenantId tenant of the applicant
 * @param orgId organisation of the applicant
 * @param applicantId user who applied
 * @param businessSystemId business system the application is for, or null
 * @param items what was approved
 */
public record ApplicationApproved(
    String applicationId,
    String number,
    String tenantId,
    String orgId,
    String applicantId,
    String businessSystemId,
    List<Item> items) {

  public ApplicationApproved {
    items = List.copyOf(items);
  }

  /**
   * One approved item.
   *
   * @param itemId application item id (an order keeps it: one order per NEW item)
   * @param productId product ordered
   * @param action new order, renew, resize or terminate
   * @param orderId the order a RENEW, RESIZE or TERMINATE item changes; null for NEW
   * @param quantity units
   * @param components the amounts of one unit as the applicant adjusted them
   * @param duration ISO-8601 period ({@code P1M}); null for TERMINATE
   */
  public record Item(
      String itemId,
      String productId,
      ItemAction action,
      String orderId,
      int quantity,
      ProductComponents components,
      String duration) {}
}
