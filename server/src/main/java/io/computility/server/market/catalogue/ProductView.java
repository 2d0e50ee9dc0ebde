package io.computility.server.market.catalogue;

import java.util.List;

/**
 * A product as the rest of the market reads it (cart, applications, orders, demand matching).
 *
 * @param id product id
 * @param number service number shown to users
 * @param name display name
 * @param type what it is
 * @param categoryId its (second-level) category
 * @param centerId the federation center it runs on; null for the platform's own accelerator pool or
 *     for a product bound to no center (manual service)
 * @param components the amounts of one unit
 * @param durations the durations it is sold for, ISO-8601 periods ({@code P1D}, {@code P1M})
 * @param state lifecycle state ({@code DRAFT}, {@code ON_SHELF}, {@code OFF_SHELF})
 * @param enabled false when disabled (not orderable, whatever the shelf)
 */
public record ProductView(
    String id,
    String number,
    String name,
    ProductType type,
    String categoryId,
    String centerId,
    ProductComponents components,
    List<String> durations,
    String state,
    boolean enabled) {}
