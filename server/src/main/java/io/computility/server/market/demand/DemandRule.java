package io.computility.server.market.demand;

/**
 * How an offer is accepted: automatically by price (CHEAPEST), start and speed (FASTEST), energy
 * (GREENEST) or a weighted mix of those and the scheduler's score (WEIGHTED); or by the user
 * (MANUAL).
 */
public enum DemandRule {
  CHEAPEST,
  FASTEST,
  GREENEST,
  WEIGHTED,
  MANUAL
}
