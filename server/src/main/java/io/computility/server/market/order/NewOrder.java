package io.computility.server.market.order;

import io.computility.server.market.catalogue.ProductComponents;
import io.computility.server.market.catalogue.ProductType;
import java.math.BigDecimal;

/**
 * What an order is created from: an approved application item or a demand's accepted offer.
 *
 * @param itemId the application item (unique), or null
 * @param demandId the demand (unique), or null
 * @param price the agreed total price, or null when the catalogue's pricing applies
 */
public record NewOrder(
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
    BigDecimal price) {}
