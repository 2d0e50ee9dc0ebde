package io.computility.server.federation.scheduling;

import io.computility.core.scheduling.SchedulingPolicy;
import io.computility.server.shared.config.ComputilityProperties;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Policies by name as the scheduler reads them: cached, refreshed after every write. A job whose
 * policy was deleted after it was accepted falls back to the default policy.
 */
@Component
public class PolicyResolver implements io.computility.server.federation.job.PolicyNames {
  private final PolicyStore store;
  private final String defaultName;
  private volatile Map<String, SchedulingPolicy> byName;

  public PolicyResolver(PolicyStore store, ComputilityProperties props) {
    this.store = store;
    this.defaultName = props.scheduler().defaultPolicy();
  }

  public SchedulingPolicy resolve(String name) {
    Map<String, SchedulingPolicy> m = policies();
    SchedulingPolicy p = name == null ? null : m.get(name);
    if (p == null) p = m.get(defaultName);
    if (p == null) throw new IllegalStateException("default policy " + defaultName + " is missing");
    return p;
  }

  @Override
  public boolean exists(String policyName) {
    return policies().containsKey(policyName);
  }

  public String defaultName() {
    return defaultName;
  }

  public Map<String, SchedulingPolicy> policies() {
    Map<String, SchedulingPolicy> m = byName;
    if (m == null) {
      m = new ConcurrentHashMap<>();
      for (SchedulingPolicy p : store.all()) m.put(p.name(), p);
      byName = m;
    }
    return m;
  }

  public void invalidate() {
    byName = null;
  }
}
