package io.computility.server.market.catalogue;

import java.util.List;

/** A product's fields after {@link ProductChecks}: every value checked and defaulted. */
record ValidProduct(
    String name,
    ProductType type,
    String categoryId,
    String centerId,
    String providerId,
    String providerName,
    String introduction,
    String icon,
    ProductComponents components,
    List<ProductSpec> specs,
    List<String> durations,
    ProductAttributes attributes) {}
