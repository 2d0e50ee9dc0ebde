package io.computility.server.market.application;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.market.catalogue.ProductComponents;

/**
 * One item of an application or the cart.
 *
 * @param id item id
 * @param productId the product
 * @param productName its name (for display)
 * @param action NEW, RENEW, RESIZE or TERMINATE
 * @param orderId the order a RENEW, RESIZE or TERMINATE changes; null for NEW
 * @param quantity units
 * @param components the amounts of one unit
 * @param duration ISO-8601 period; null for TERMINATE
 */
public record ItemView(
    String id,
    @JsonProperty("product_id") String productId,
    @JsonProperty("product_name") String productName,
    ItemAction action,
    @JsonProperty("order_id") String orderId,
    int quantity,
    ProductComponents components,
    String duration) {}
