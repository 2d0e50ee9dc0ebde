package io.computility.server.market.application;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An application as the client writes it (new or an edited draft).
 *
 * @param title title, up to 128 characters
 * @param reason why, up to 2000 characters
 * @param businessSystemId a business system of the tenant, or null
 * @param items items given directly
 * @param cartItemIds cart items to take over (they leave the cart)
 * @param submit true: submit at once instead of keeping a draft
 */
public record ApplicationEdit(
    String title,
    String reason,
    @JsonProperty("business_system_id") String businessSystemId,
    List<ItemInput> items,
    @JsonProperty("cart_item_ids") List<String> cartItemIds,
    Boolean submit) {}
