package io.computility.server.monitoring.alerts;

/**
 * Whose inbox a request reads: the personal messages of {@code userId} and, when {@code alerts},
 * the platform-wide alert notifications too (callers holding monitor:read).
 */
public record InboxAudience(String userId, boolean alerts) {

  /** The SQL condition selecting this audience's rows, with two arguments: userId, alerts. */
  static final String WHERE = "(recipient_id = ? or (? and recipient_id is null))";

  Object[] args() {
    return new Object[] {userId, alerts};
  }
}
