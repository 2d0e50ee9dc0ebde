package io.computility.server.market.order;

/**
 * Whether an action on a resource is possible now and, when not, why (shown to the user instead of
 * a bare flag).
 */
public record Decision(boolean allowed, String reason) {
  static Decision yes() {
    return new Decision(true, null);
  }

  static Decision no(String reason) {
    return new Decision(false, reason);
  }
}
