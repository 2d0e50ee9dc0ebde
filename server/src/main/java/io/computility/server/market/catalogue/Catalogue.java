package io.computility.server.market.catalogue;

import java.util.Optional;

/** The catalogue as the other parts of the market read it. */
public interface Catalogue {

  /** A product by id, whatever its state. */
  Optional<ProductView> find(String productId);

  /**
   * True when {@code tenantId} may order the product now: on shelf, enabled, and shelved for that
   * tenant (all tenants, or a list that names it).
   */
  boolean offeredTo(String productId, String tenantId);
}
