package io.computility.server.monitoring.alerts;

import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Alert rule CRUD; every change resets the rule's evaluation and closes its open alerts. */
@Service
public class RuleService {
  private final AlertRuleStore store;
  private final AlertEngine engine;
  private final Clock clock;

  public RuleService(AlertRuleStore store, AlertEngine engine, Clock clock) {
    this.store = store;
    this.engine = engine;
    this.clock = clock;
  }

  public List<RuleDefinition> all() {
    return store.all();
  }

  public RuleDefinition get(String id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("id", "no alert rule " + id));
  }

  public RuleDefinition create(RuleDefinition d) {
    if (!store.insert(d)) throw new ConflictException("id", "alert rule " + d.id() + " exists");
    engine.ruleChanged(d.id(), "rule created");
    return d;
  }

  /** Replaces a rule, keeping its creation time. */
  public RuleDefinition update(RuleDefinition d) {
    RuleDefinition old = get(d.id());
    RuleDefinition kept =
        new RuleDefinition(
            d.rule(),
            d.description(),
            d.notifyInApp(),
            d.emailTo(),
            old.createdAt(),
            d.updatedAt());
    store.update(kept);
    engine.ruleChanged(d.id(), "rule edited");
    return kept;
  }

  public RuleDefinition setEnabled(String id, boolean enabled) {
    RuleDefinition d = get(id).withEnabled(enabled, clock.instant());
    store.update(d);
    engine.ruleChanged(id, enabled ? "rule enabled" : "rule disabled");
    return d;
  }

  public void delete(String id) {
    if (!store.delete(id)) throw new NotFoundException("id", "no alert rule " + id);
    engine.ruleChanged(id, "rule deleted");
  }
}
