package io.computility.server.federation.scheduling;

import io.computility.core.scheduling.SchedulingPolicy;
import io.computility.core.scheduling.config.SchedulingComponents;
import java.time.Clock;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Stores the built-in policy presets on first start. Operators may edit them afterwards; their
 * edits are kept across restarts (presets are only inserted when absent).
 */
@Component
public class PolicyBootstrap implements InitializingBean {
  private final SchedulingComponents components;
  private final PolicyStore store;
  private final PolicyResolver resolver;
  private final Clock clock;

  public PolicyBootstrap(
      SchedulingComponents components, PolicyStore store, PolicyResolver resolver, Clock clock) {
    this.components = components;
    this.store = store;
    this.resolver = resolver;
    this.clock = clock;
  }

  @Override
  public void afterPropertiesSet() {
    for (SchedulingPolicy p : components.policies().values())
      store.insert(p, true, clock.instant());
    resolver.invalidate();
  }
}
