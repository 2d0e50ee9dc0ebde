package io.computility.server.monitoring.alerts;

import java.util.List;

/**
 * What to announce about an alert: that it fired or resolved, and to whom.
 *
 * @param resolved false when the alert started firing, true when it resolved
 */
public record AlertNotice(
    AlertRecord alert, boolean resolved, boolean inApp, List<String> emailTo) {

  public String title() {
    return "["
        + alert.severity()
        + "] "
        + (resolved ? "RESOLVED " : "FIRING ")
        + alert.ruleName()
        + " on "
        + alert.sourceType().name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + alert.sourceId();
  }

  public String body() {
    String text =
        resolved && alert.resolveMessage() != null ? alert.resolveMessage() : alert.message();
    return text
        + "\nalert "
        + alert.id()
        + ", rule "
        + alert.ruleId()
        + ", started "
        + alert.startedAt()
        + (resolved ? ", resolved " + alert.resolvedAt() : "");
  }
}
