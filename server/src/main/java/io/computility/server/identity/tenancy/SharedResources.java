package io.computility.server.identity.tenancy;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.ScopeFilter;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.NotFoundException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees catalogue resources every tenant may use (centers, resource specs). A resource owned by
 * a tenant (a row in {@code resource_scope}) is seen by callers whose data scope reaches its tenant
 * and organisation; the owning user does not matter, a spec is for its organisation. A
 * platform-shared resource (no owner) is seen by every tenant unless platform admins restricted it
 * to a list of tenants ({@code resource_visibility}); platform-side callers always see it.
 */
@Repository
@NamedInterface("tenancy")
public class SharedResources {
  public static final String CENTER = "center";
  private final JdbcTemplate jdbc;
  private final ResourceScopes scopes;

  public SharedResources(JdbcTemplate jdbc, ResourceScopes scopes) {
    this.jdbc = jdbc;
    this.scopes = scopes;
  }

  /** A test for ids of {@code kind} the caller sees, read once for a whole listing. */
  public Predicate<String> visibleTo(AuthUser caller, String kind) {
    if (caller.seesAllTenants()) return id -> true;
    Map<String, ResourceScopes.Owner> owners = scopes.owners(kind);
    Map<String, Set<String>> restricted = restrictions(kind);
    return id -> sees(caller, owners.get(id), restricted.get(id));
  }

  public boolean visible(AuthUser caller, String kind, String id) {
    if (caller.seesAllTenants()) return true;
    Set<String> allowed = new HashSet<>(tenants(kind, id));
    return sees(caller, scopes.owner(kind, id).orElse(null), allowed.isEmpty() ? null : allowed);
  }

  /** 404, as if it did not exist, when the caller does not see it. */
  public void requireVisible(AuthUser caller, String kind, String id, String field, String what) {
    if (!visible(caller, kind, id)) {
      throw new NotFoundException(field, "unknown " + what + " '" + id + "'");
    }
  }

  /** The tenants a shared resource is restricted to; empty: every tenant. */
  public List<String> tenants(String kind, String id) {
    return jdbc.queryForList(
        "select tenant_id from resource_visibility where kind = ? and resource_id = ?"
            + " order by tenant_id",
        String.class,
        kind,
        id);
  }

  /** Replaces the restriction; an empty list shares the resource with every tenant again. */
  @Transactional
  public void restrict(String kind, String id, List<String> tenantIds) {
    for (String t : tenantIds) {
      Integer n = jdbc.queryForObject("select count(*) from tenant where id = ?", Integer.class, t);
      if (n == null || n == 0) throw new InvalidInputException("tenants", "no tenant '" + t + "'");
    }
    jdbc.update("delete from resource_visibility where kind = ? and resource_id = ?", kind, id);
    for (String t : new HashSet<>(tenantIds)) {
      jdbc.update(
          "insert into resource_visibility (kind, resource_id, tenant_id) values (?,?,?)",
          kind,
          id,
          t);
    }
  }

  /** Drops ownership and restrictions of a deleted resource. */
  public void forget(String kind, String id) {
    jdbc.update("delete from resource_visibility where kind = ? and resource_id = ?", kind, id);
    scopes.forget(kind, id);
  }

  private static boolean sees(AuthUser c, ResourceScopes.Owner owner, Set<String> allowed) {
    if (owner != null) {
      ScopeFilter s = c.scope();
      return owner.tenantId().equals(s.tenantId())
          && (s.orgIds() == null || s.orgIds().contains(owner.orgId()));
    }
    return c.platformSide() || allowed == null || allowed.contains(c.tenantId());
  }

  private Map<String, Set<String>> restrictions(String kind) {
    Map<String, Set<String>> out = new HashMap<>();
    jdbc.query(
        "select resource_id, tenant_id from resource_visibility where kind = ?",
        rs -> {
          out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        },
        kind);
    return out;
  }
}
