package io.computility.server.market.application;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An item as a client sends it (cart or application).
 *
 * @param productId the product
 * @param quantity units, 1 to 1000
 * @param components the amounts of one unit; a field left out: the product's
 * @param duration one of the product's durations (ISO-8601); none for TERMINATE
 * @param action NEW (default), RENEW, RESIZE or TERMINATE
 * @param orderId the order changed, required for all but NEW
 */
public record ItemInput(
    @JsonProperty("product_id") String productId,
    Long quantity,
    ComponentsInput components,
    String duration,
    String action,
    @JsonProperty("order_id") String orderId) {}
