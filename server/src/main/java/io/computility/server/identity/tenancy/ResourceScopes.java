package io.computility.server.identity.tenancy;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.ScopeFilter;
import io.computility.server.shared.web.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;

/**
 * Which tenant, organisation and user own a resource (a job, a pool task, …): written when the
 * resource is created, read by data-scope filters. A resource without a row is visible to platform
 * callers with scope ALL only.
 */
@Repository
@NamedInterface("tenancy")
public class ResourceScopes {
  public static final String JOB = "job";
  public static final String POOL_TASK = "pool_task";
  public static final String SPEC = "spec";
  private final JdbcTemplate jdbc;

  public ResourceScopes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String kind, String resourceId, AuthUser owner) {
    jdbc.update(
        "insert into resource_scope (kind, resource_id, tenant_id, org_id, owner_id)"
            + " values (?,?,?,?,?) on conflict do nothing",
        kind,
        resourceId,
        owner.tenantId(),
        owner.orgId(),
        owner.userId());
  }

  /** Ids of the resources of {@code kind} the scope reaches; null when it reaches everything. */
  public Set<String> visibleIds(ScopeFilter scope, String kind) {
    if (scope.all()) return null;
    ScopeFilter.Condition c = scope.condition(kind, "resource_id");
    List<Object> args = new ArrayList<>(List.of(kind));
    args.addAll(c.args());
    return new HashSet<>(
        jdbc.queryForList(
            "select resource_id from resource_scope where kind = ? and " + c.sql(),
            String.class,
            args.toArray()));
  }

  /** Who owns a resource: tenant, organisation, owner; empty when nobody (platform-shared). */
  public Optional<Owner> owner(String kind, String resourceId) {
    return jdbc
        .query(
            "select tenant_id, org_id, owner_id from resource_scope where kind = ? and"
                + " resource_id = ?",
            (rs, i) -> new Owner(rs.getString(1), rs.getString(2), rs.getString(3)),
            kind,
            resourceId)
        .stream()
        .findFirst();
  }

  /** Owners of every resource of a kind, by resource id. */
  public Map<String, Owner> owners(String kind) {
    Map<String, Owner> out = new HashMap<>();
    jdbc.query(
        "select resource_id, tenant_id, org_id, owner_id from resource_scope where kind = ?",
        rs -> {
          out.put(rs.getString(1), new Owner(rs.getString(2), rs.getString(3), rs.getString(4)));
        },
        kind);
    return out;
  }

  public void forget(String kind, String resourceId) {
    jdbc.update("delete from resource_scope where kind = ? and resource_id = ?", kind, resourceId);
  }

  /** The tenant, organisation and user a resource belongs to. */
  public record Owner(String tenantId, String orgId, String ownerId) {}

  public boolean visible(ScopeFilter scope, String kind, String resourceId) {
    if (scope.all()) return true;
    List<Boolean> seen =
        jdbc.query(
            "select tenant_id, org_id, owner_id from resource_scope where kind = ? and"
                + " resource_id = ?",
            (rs, i) ->
                scope.sees(
                    rs.getString("tenant_id"), rs.getString("org_id"), rs.getString("owner_id")),
            kind,
            resourceId);
    return !seen.isEmpty() && seen.get(0);
  }

  /** 404, as if it did not exist, when the caller's scope does not reach the resource. */
  public void requireVisible(AuthUser caller, String kind, String resourceId, String field) {
    if (!visible(caller.scope(), kind, resourceId)) {
      throw new NotFoundException(field, kind + " '" + resourceId + "' does not exist");
    }
  }
}
