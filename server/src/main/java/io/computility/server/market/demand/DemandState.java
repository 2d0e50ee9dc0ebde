package io.computility.server.market.demand;

/**
 * OFFERED: offers wait for the user's confirmation (the rule is MANUAL, or no offer fits the
 * budget: the reason says so); NO_OFFER: no center can serve it; ACCEPTED: an offer became an
 * order; CANCELLED by the user.
 */
public enum DemandState {
  OFFERED,
  NO_OFFER,
  ACCEPTED,
  CANCELLED
}
