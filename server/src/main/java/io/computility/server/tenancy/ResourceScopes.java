package io.computility.server.tenancy;

import io.computility.server.security.AuthUser;
import io.computility.server.support.NotFoundException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which tenant, organisation and user own a resource (a job, a pool task, …): written when the
 * resource is created, read by data-scope filters. A resource without a row is visible to platform
 * callers with scope ALL only.
 */
@Repository
public class ResourceScopes {
  public static final String JOB = "job";
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
