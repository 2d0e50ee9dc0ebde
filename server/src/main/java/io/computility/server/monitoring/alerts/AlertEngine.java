package io.computility.server.monitoring.alerts;

import io.computility.core.monitoring.AlertCondition;
import io.computility.core.monitoring.AlertEvaluator;
import io.computility.core.monitoring.AlertRule;
import io.computility.core.monitoring.HealthEvent;
import io.computility.core.monitoring.MetricSample;
import io.computility.core.monitoring.SourceKey;
import io.computility.core.monitoring.Transition;
import io.computility.server.shared.loop.DaemonThreads;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies the rules to samples and events, records the resulting alert lifecycle, and announces
 * alerts that are not silenced. Open alerts live in the database, so a restarted server resolves
 * the alerts its predecessor opened. Notices are sent on one background thread so that slow SMTP
 * never delays the sources.
 */
@Service
public class AlertEngine implements org.springframework.beans.factory.DisposableBean {
  private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);
  private final AlertEvaluator evaluator = new AlertEvaluator();
  private final AlertRuleStore rules;
  private final AlertStore alerts;
  private final SilenceStore silences;
  private final ForwardingStore forwarding;
  private final List<Notifier> notifiers;
  private final Clock clock;
  private final ExecutorService sending =
      Executors.newSingleThreadExecutor(DaemonThreads.named("alert-notices"));
  private volatile Map<String, RuleDefinition> byId;

  public AlertEngine(
      AlertRuleStore rules,
      AlertStore alerts,
      SilenceStore silences,
      ForwardingStore forwarding,
      List<Notifier> notifiers,
      Clock clock) {
    this.rules = rules;
    this.alerts = alerts;
    this.silences = silences;
    this.forwarding = forwarding;
    this.notifiers = notifiers;
    this.clock = clock;
  }

  public void onSample(MetricSample s) {
    for (RuleDefinition d : rules().values()) {
      evaluator.onSample(d.rule(), s).ifPresent(this::apply);
    }
  }

  public void onEvent(HealthEvent e) {
    for (RuleDefinition d : rules().values()) {
      evaluator.onEvent(d.rule(), e).ifPresent(this::apply);
    }
  }

  /** Fires threshold rules whose breach has lasted long enough by now. */
  public void tick() {
    Map<String, AlertRule> current = new LinkedHashMap<>();
    rules().forEach((id, d) -> current.put(id, d.rule()));
    evaluator.tick(current, clock.instant()).forEach(this::apply);
  }

  /** A rule changed: forget its evaluation state, close its open alerts, re-read all rules. */
  public synchronized void ruleChanged(String ruleId, String why) {
    evaluator.forget(ruleId);
    alerts.resolveAllOf(ruleId, clock.instant(), why);
    byId = null;
  }

  private Map<String, RuleDefinition> rules() {
    Map<String, RuleDefinition> m = byId;
    if (m != null) return m;
    synchronized (this) {
      if (byId == null) {
        Map<String, RuleDefinition> loaded = new LinkedHashMap<>();
        for (RuleDefinition d : rules.all()) loaded.put(d.id(), d);
        for (AlertRecord a : alerts.firing()) {
          RuleDefinition d = loaded.get(a.ruleId());
          if (d != null && d.rule().condition() instanceof AlertCondition.Threshold) {
            evaluator.restoreFiring(a.ruleId(), new SourceKey(a.sourceType(), a.sourceId()));
          }
        }
        byId = loaded;
      }
      return byId;
    }
  }

  /** Lets queued notices go out, then ends the sending thread. */
  @Override
  public void destroy() throws InterruptedException {
    sending.shutdown();
    sending.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
  }

  private void apply(Transition t) {
    boolean fire = t.kind() == Transition.Kind.FIRE;
    boolean silenced = silenced(t);
    Optional<AlertRecord> changed = fire ? alerts.open(t, silenced) : alerts.resolve(t);
    changed.ifPresent(
        a -> {
          LOG.info("alert {} {}: {}", a.id(), fire ? "firing" : "resolved", t.reason());
          if (a.silenced() || silenced) return;
          RuleDefinition d = rules().get(a.ruleId());
          if (d == null) return;
          AlertNotice notice = new AlertNotice(a, !fire, d.notifyInApp(), recipients(d, a));
          sending.execute(() -> announce(notice));
        });
  }

  private boolean silenced(Transition t) {
    return silences.notEndedBy(t.at()).stream()
        .anyMatch(s -> s.covers(t.rule().id(), t.source(), t.at()));
  }

  private List<String> recipients(RuleDefinition d, AlertRecord a) {
    Set<String> to = new LinkedHashSet<>(d.emailTo());
    for (ForwardingPolicy p : forwarding.all()) if (p.applies(a)) to.addAll(p.emailTo());
    return List.copyOf(to);
  }

  private void announce(AlertNotice notice) {
    for (Notifier n : notifiers) {
      try {
        n.announce(notice);
      } catch (RuntimeException e) {
        LOG.warn("alert {} notice failed in {}", notice.alert().id(), n.getClass().getName(), e);
      }
    }
  }
}
