package io.computility.server.market.order;

/**
 * An order's lifecycle: PENDING (waiting for provisioning) → PROVISIONING (being provisioned, or a
 * manual fulfilment under way) → ACTIVE → EXPIRING (its end is near) → EXPIRED, or TERMINATED by a
 * termination, or FAILED with a reason.
 */
public enum OrderState {
  PENDING,
  PROVISIONING,
  ACTIVE,
  EXPIRING,
  EXPIRED,
  TERMINATED,
  FAILED;

  /** Whether the order holds (or is about to hold) resources. */
  public boolean live() {
    return this == PENDING || this == PROVISIONING || this == ACTIVE || this == EXPIRING;
  }

  /** Whether its resources are provisioned and usable. */
  public boolean holding() {
    return this == ACTIVE || this == EXPIRING;
  }
}
