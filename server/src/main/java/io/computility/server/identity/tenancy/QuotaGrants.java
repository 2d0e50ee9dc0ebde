package io.computility.server.identity.tenancy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quota an order grants a tenant on a center (issue 16, CMP-ops): {@link QuotaGuard} admits against
 * the base quota plus the active grants, the tenant's and its organisations' (a grant counts for
 * the organisation it was ordered for and every ancestor). One grant per order: granting again
 * replaces its amounts (a resize), so provisioning twice leaves one grant. A center restricted to
 * other tenants is opened to the grant's tenant, and closed again on release when the grant opened
 * it.
 */
@Repository
@NamedInterface("tenancy")
public class QuotaGrants {
  private final JdbcTemplate jdbc;
  private final SharedResources shared;

  public QuotaGrants(JdbcTemplate jdbc, SharedResources shared) {
    this.jdbc = jdbc;
    this.shared = shared;
  }

  /** A grant as stored. */
  public record Grant(
      String orderId,
      String tenantId,
      String orgId,
      String centerId,
      Quota quota,
      boolean active) {}

  /** Grants (or re-grants, with new amounts) for an order; active at once. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void grant(String orderId, String tenantId, String orgId, String centerId, Quota quota) {
    if (quota.anyNegative()) throw new IllegalArgumentException("negative grant " + quota);
    boolean opened = openCenter(centerId, tenantId);
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "insert into quota_grant (order_id, tenant_id, org_id, center_id, cpu, memory_mb, disk_gb,"
            + " instances, gpu, active, visibility_added, created_at, updated_at)"
            + " values (?,?,?,?,?,?,?,?,?,true,?,?,?) on conflict (order_id) do update set"
            + " cpu = excluded.cpu, memory_mb = excluded.memory_mb, disk_gb = excluded.disk_gb,"
            + " instances = excluded.instances, gpu = excluded.gpu, active = true,"
            + " visibility_added = quota_grant.visibility_added or excluded.visibility_added,"
            + " updated_at = excluded.updated_at",
        orderId,
        tenantId,
        orgId,
        centerId,
        quota.cpu(),
        quota.memoryMb(),
        quota.diskGb(),
        quota.instances(),
        quota.gpu(),
        opened,
        now,
        now);
  }

  /** Suspends or releases an order's grant; a center this grant opened is closed again. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void release(String orderId) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "update quota_grant set active = false, updated_at = now() where order_id = ?"
                + " and active returning tenant_id, center_id, visibility_added",
            orderId);
    for (Map<String, Object> r : rows) {
      if (Boolean.TRUE.equals(r.get("visibility_added"))) {
        closeCenter((String) r.get("center_id"), (String) r.get("tenant_id"));
      }
    }
  }

  public java.util.Optional<Grant> find(String orderId) {
    return jdbc
        .query(
            "select * from quota_grant where order_id = ?",
            (rs, i) ->
                new Grant(
                    rs.getString("order_id"),
                    rs.getString("tenant_id"),
                    rs.getString("org_id"),
                    rs.getString("center_id"),
                    new Quota(
                        rs.getLong("cpu"),
                        rs.getLong("memory_mb"),
                        rs.getLong("disk_gb"),
                        rs.getLong("instances"),
                        rs.getLong("gpu")),
                    rs.getBoolean("active")),
            orderId)
        .stream()
        .findFirst();
  }

  /** Active grants of a tenant summed by the organisation they were ordered for. */
  public Map<String, Quota> activeByOrg(String tenantId) {
    Map<String, Quota> out = new HashMap<>();
    jdbc.query(
        "select org_id, sum(cpu) cpu, sum(memory_mb) mem, sum(disk_gb) disk,"
            + " sum(instances) inst, sum(gpu) gpu from quota_grant"
            + " where tenant_id = ? and active group by org_id",
        rs -> {
          out.put(
              rs.getString("org_id"),
              new Quota(
                  rs.getLong("cpu"),
                  rs.getLong("mem"),
                  rs.getLong("disk"),
                  rs.getLong("inst"),
                  rs.getLong("gpu")));
        },
        tenantId);
    return out;
  }

  private boolean openCenter(String centerId, String tenantId) {
    List<String> allowed = shared.tenants(SharedResources.CENTER, centerId);
    if (allowed.isEmpty() || allowed.contains(tenantId)) return false;
    jdbc.update(
        "insert into resource_visibility (kind, resource_id, tenant_id) values (?,?,?)"
            + " on conflict do nothing",
        SharedResources.CENTER,
        centerId,
        tenantId);
    return true;
  }

  private void closeCenter(String centerId, String tenantId) {
    Integer others =
        jdbc.queryForObject(
            "select count(*) from quota_grant where center_id = ? and tenant_id = ? and active"
                + " and visibility_added",
            Integer.class,
            centerId,
            tenantId);
    if (others != null && others > 0) return; // another active grant still needs it open
    jdbc.update(
        "delete from resource_visibility where kind = ? and resource_id = ? and tenant_id = ?",
        SharedResources.CENTER,
        centerId,
        tenantId);
  }
}
