package io.computility.core.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns samples and events into alert {@link Transition}s. A threshold rule fires once its metric
 * has breached the threshold continuously for the rule's hold duration (judged by sample times, and
 * by the clock on {@link #tick}) and resolves with the first sample that no longer breaches. An
 * event rule fires on its kind and resolves on its recovery kind. Thread-safe.
 */
public final class AlertEvaluator {

  private record Key(String ruleId, SourceKey source) {}

  private static final class State {
    Instant breachingSince;
    double lastValue;
    boolean firing;
  }

  private final Map<Key, State> states = new HashMap<>();

  /** What one sample changes under one rule; empty when nothing changes. */
  public synchronized Optional<Transition> onSample(AlertRule rule, MetricSample s) {
    if (!rule.enabled() || !(rule.condition() instanceof AlertCondition.Threshold t)) {
      return Optional.empty();
    }
    if (!t.metric().equals(s.metric())
        || !rule.scope().matches(s.sourceType(), s.sourceId(), s.labels())) {
      return Optional.empty();
    }
    Key key = new Key(rule.id(), s.source());
    State st = states.computeIfAbsent(key, k -> new State());
    if (t.comparison().breaches(s.value(), t.threshold())) {
      if (st.breachingSince == null || s.takenAt().isBefore(st.breachingSince)) {
        st.breachingSince = s.takenAt();
      }
      st.lastValue = s.value();
      return st.firing ? Optional.empty() : fireIfHeld(rule, t, key, st, s.takenAt());
    }
    st.breachingSince = null;
    if (!st.firing) {
      states.remove(key);
      return Optional.empty();
    }
    states.remove(key);
    String why = t.metric() + " " + fmt(s.value()) + " no longer " + describe(t);
    return Optional.of(
        new Transition(Transition.Kind.RESOLVE, rule, key.source(), s.value(), s.takenAt(), why));
  }

  /** Fires the threshold rules whose breach has lasted its hold duration by {@code now}. */
  public synchronized List<Transition> tick(Map<String, AlertRule> rulesById, Instant now) {
    List<Transition> out = new ArrayList<>();
    for (Iterator<Map.Entry<Key, State>> it = states.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Key, State> e = it.next();
      AlertRule rule = rulesById.get(e.getKey().ruleId());
      if (rule == null || !rule.enabled()) {
        it.remove();
        continue;
      }
      State st = e.getValue();
      if (!st.firing
          && st.breachingSince != null
          && rule.condition() instanceof AlertCondition.Threshold t) {
        fireIfHeld(rule, t, e.getKey(), st, now).ifPresent(out::add);
      }
    }
    return out;
  }

  /** What one event changes under one rule; empty when the rule does not care. */
  public Optional<Transition> onEvent(AlertRule rule, HealthEvent e) {
    if (!rule.enabled() || !(rule.condition() instanceof AlertCondition.EventMatch m)) {
      return Optional.empty();
    }
    if (!rule.scope().matches(e.sourceType(), e.sourceId(), e.labels())) return Optional.empty();
    String why = e.kind() + (e.message().isEmpty() ? "" : ": " + e.message());
    if (m.kind().equals(e.kind())) {
      return Optional.of(
          new Transition(Transition.Kind.FIRE, rule, e.source(), Double.NaN, e.occurredAt(), why));
    }
    if (e.kind().equals(m.resolveKind())) {
      return Optional.of(
          new Transition(
              Transition.Kind.RESOLVE, rule, e.source(), Double.NaN, e.occurredAt(), why));
    }
    return Optional.empty();
  }

  /** Remembers that a rule already fires for a source (e.g. an open alert read at start-up). */
  public synchronized void restoreFiring(String ruleId, SourceKey source) {
    states.computeIfAbsent(new Key(ruleId, source), k -> new State()).firing = true;
  }

  /** Forgets all state of a rule (edited, disabled or deleted). */
  public synchronized void forget(String ruleId) {
    states.keySet().removeIf(k -> k.ruleId().equals(ruleId));
  }

  private static Optional<Transition> fireIfHeld(
      AlertRule rule, AlertCondition.Threshold t, Key key, State st, Instant now) {
    Duration held = Duration.between(st.breachingSince, now);
    if (held.compareTo(t.holdFor()) < 0) return Optional.empty();
    st.firing = true;
    String why =
        t.metric() + " " + fmt(st.lastValue) + " " + describe(t) + " for " + held.toSeconds() + "s";
    return Optional.of(
        new Transition(Transition.Kind.FIRE, rule, key.source(), st.lastValue, now, why));
  }

  private static String describe(AlertCondition.Threshold t) {
    return t.comparison().symbol() + " " + fmt(t.threshold());
  }

  private static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
