package io.computility.core.monitoring;

/** A rule as the evaluator sees it: identity, whether it is on, severity, scope and condition. */
public record AlertRule(
    String id,
    String name,
    boolean enabled,
    Severity severity,
    RuleScope scope,
    AlertCondition condition) {}
