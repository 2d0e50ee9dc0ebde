package io.computility.server.monitoring.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * The display code of {@link #title()} and {@link #body()} (issue 15): {@code
   * notification.alert.firing} or {@code notification.alert.resolved}, with {@link #params()}.
   */
  public String code() {
    return resolved ? "notification.alert.resolved" : "notification.alert.firing";
  }

  /**
   * What the title and body say, for the console to phrase: the alert, its rule (built-in rules
   * translate by {@code rule.<ruleId>}), severity, source, times and the alert's message.
   */
  public Map<String, Object> params() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("alertId", alert.id());
    p.put("ruleId", alert.ruleId());
    p.put("ruleName", alert.ruleName());
    p.put("severity", alert.severity().name());
    p.put("sourceType", alert.sourceType().name());
    p.put("sourceId", alert.sourceId());
    p.put("startedAt", String.valueOf(alert.startedAt()));
    if (resolved) p.put("resolvedAt", String.valueOf(alert.resolvedAt()));
    String text =
        resolved && alert.resolveMessage() != null ? alert.resolveMessage() : alert.message();
    if (text != null) p.put("message", text);
    return p;
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
