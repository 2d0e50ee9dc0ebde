/**
 * Demand matching (NET-8.4a 交易撮合, seed 001 §8.4): a user publishes a demand (resources, duration,
 * region, budget, preferences); the scheduling layer answers with offers from the centers that can
 * serve it, computed by the federation's own filters and strategies ({@link
 * io.computility.server.federation.scheduling.OfferQuotes}); the user's rule (cheapest, fastest,
 * greenest or weighted) accepts one automatically within the budget, or the user confirms one; an
 * accepted offer becomes an order, provisioned like any other.
 */
package io.computility.server.market.demand;
