/**
 * The operations layer's market (NET-8.2, NET-8.3, NET-8.4a, CMP-service, CMP-ops, CMP-aipool,
 * CMP-config; seeds 001 §8 and 003): the product catalogue and its shelves ({@code catalogue}), the
 * marketplace, cart and applications ({@code application}), approvals on Flowable ({@code
 * approval}), orders and the resources they provision ({@code order}), demand matching ({@code
 * demand}) and work orders, notices and messages ({@code ticket}). Parts depend on one another in
 * that order only, except that {@code ticket} comes before {@code order}: the order part opens the
 * work orders of manual services and listens for their resolution ({@code ticket} itself uses only
 * {@code catalogue} and {@code approval}); messages to users go out as {@link MarketMessage}
 * events, which the ticket part stores in monitoring's inbox (its named interface {@code inbox}).
 * Approvals write their decisions to the operation log through {@code identity :: audit} in the
 * deciding transaction.
 */
@ApplicationModule(
    displayName = "Market",
    allowedDependencies = {
      "shared",
      "identity",
      "identity :: tenancy",
      "identity :: audit",
      "federation",
      "federation :: quotes",
      "pool",
      "monitoring",
      "monitoring :: inbox"
    })
package io.computility.server.market;

import org.springframework.modulith.ApplicationModule;
