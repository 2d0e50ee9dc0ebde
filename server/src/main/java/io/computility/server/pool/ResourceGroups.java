package io.computility.server.pool;

import io.computility.core.vgpu.VCard;
import io.computility.pool.wire.PoolApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Logical resource groups (POOL-T12.13): a group reserves some cards for the tenants authorised on
 * it. A task may use cards in no group and cards of groups its tenant is authorised on; naming a
 * group restricts it to that group's cards.
 */
final class ResourceGroups {
  private final Map<String, PoolApi.Group> groups = new HashMap<>();

  void put(String name, PoolApi.Group g) {
    groups.put(name, g);
  }

  void remove(String name) {
    groups.remove(name);
  }

  boolean exists(String name) {
    return groups.containsKey(name);
  }

  boolean authorised(String group, String tenant) {
    PoolApi.Group g = groups.get(group);
    return g != null && g.tenants().contains(tenant);
  }

  /** Which cards a tenant's task may use; null when no group exists (any card). */
  Predicate<VCard> access(String tenant, String group) {
    if (groups.isEmpty() && group == null) return null;
    if (group != null) {
      Set<String> cards = Set.copyOf(groups.get(group).cards());
      return c -> cards.contains(c.uuid());
    }
    Map<String, List<String>> owners = new HashMap<>();
    groups.forEach(
        (name, g) ->
            g.cards()
                .forEach(
                    c -> owners.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add(name)));
    return c -> {
      List<String> in = owners.get(c.uuid());
      return in == null || in.stream().anyMatch(n -> authorised(n, tenant));
    };
  }
}
