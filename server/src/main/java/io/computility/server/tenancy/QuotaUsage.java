package io.computility.server.tenancy;

import io.computility.core.resource.ResourceQuantity;
import io.computility.core.resource.Resources;
import io.computility.server.persistence.Json;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/**
 * Resources a tenant's (or organisations') jobs hold: used by running replicas, in flight for
 * replicas queued or being dispatched. Derived from replicas and their specs, never stored.
 */
@Repository
public class QuotaUsage {
  private static final TypeReference<Map<String, String>> QUANTITY = new TypeReference<>() {};
  private final JdbcTemplate jdbc;
  private final Json json;

  public QuotaUsage(JdbcTemplate jdbc, Json json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Used and in-flight amounts. */
  public record Usage(Quota used, Quota inFlight) {}

  /** For the tenant, or only its organisations orgIds when not null. */
  public Usage of(String tenantId, List<String> orgIds) {
    Quota[] acc = {Quota.ZERO, Quota.ZERO};
    String orgCond = orgIds == null ? "" : " and s.org_id = any (?)";
    Object[] args =
        orgIds == null
            ? new Object[] {tenantId}
            : new Object[] {tenantId, orgIds.toArray(String[]::new)};
    jdbc.query(
        "select r.status, sp.resource_quantity::text q, count(*) n from replica r"
            + " join resource_scope s on s.kind = 'job' and s.resource_id = r.job_id"
            + " join task t on t.job_id = r.job_id and t.task_index = r.task_index"
            + " join resource_spec sp on sp.resource_spec_id = t.resource_spec_id"
            + " where s.tenant_id = ?"
            + orgCond
            + " and r.status in ('RUNNING', 'PENDING') group by 1, 2",
        rs -> {
          Quota q = times(json.read(rs.getString("q"), QUANTITY), rs.getLong("n"));
          int slot = "RUNNING".equals(rs.getString("status")) ? 0 : 1;
          acc[slot] = acc[slot].plus(q);
        },
        args);
    return new Usage(acc[0], acc[1]);
  }

  private static Quota times(Map<String, String> quantity, long n) {
    Resources r;
    try {
      r = ResourceQuantity.parse(quantity);
    } catch (IllegalArgumentException unknownKey) {
      r = Resources.ZERO;
    }
    return new Quota(
        r.cpu() * n, r.memoryMb() * n, r.storageGb() * n, n, (r.gpu() + r.npu() + r.mlu()) * n);
  }
}
