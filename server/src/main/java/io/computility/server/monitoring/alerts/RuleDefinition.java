package io.computility.server.monitoring.alerts;

import io.computility.core.monitoring.AlertRule;
import java.time.Instant;
import java.util.List;

/**
 * A stored alert rule: what the evaluator needs plus how its alerts are announced (in-app inbox,
 * e-mail recipients).
 */
public record RuleDefinition(
    AlertRule rule,
    String description,
    boolean notifyInApp,
    List<String> emailTo,
    Instant createdAt,
    Instant updatedAt) {

  public RuleDefinition {
    emailTo = List.copyOf(emailTo);
  }

  public String id() {
    return rule.id();
  }

  public RuleDefinition withEnabled(boolean enabled, Instant now) {
    AlertRule r =
        new AlertRule(
            rule.id(), rule.name(), enabled, rule.severity(), rule.scope(), rule.condition());
    return new RuleDefinition(r, description, notifyInApp, emailTo, createdAt, now);
  }
}
