package io.computility.core.scheduling;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The strategies the scheduler knows, by id. Built once, in one place, from configuration. */
public final class StrategyRegistry {

  private final Map<String, SchedulingStrategy> byId = new LinkedHashMap<>();

  public StrategyRegistry(Collection<? extends SchedulingStrategy> strategies) {
    for (SchedulingStrategy s : strategies) {
      if (byId.put(s.id(), s) != null) {
        throw new IllegalArgumentException("two strategies share the id " + s.id());
      }
    }
  }

  public SchedulingStrategy get(String id) {
    SchedulingStrategy s = byId.get(id);
    if (s == null) throw new InvalidPolicyException("algorithmId", "unknown strategy " + id);
    return s;
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  public Set<String> ids() {
    return Collections.unmodifiableSet(byId.keySet());
  }

  public Collection<SchedulingStrategy> all() {
    return Collections.unmodifiableCollection(byId.values());
  }
}
