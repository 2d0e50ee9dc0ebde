package io.computility.server.identity.tenancy;

import io.computility.core.resource.ResourceQuantity;
import io.computility.core.resource.Resources;
import io.computility.server.shared.jdbc.JsonColumns;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/**
 * Resources a tenant's (or organisations') jobs and pool tasks hold: used by running replicas and
 * running pool tasks, in flight for replicas queued or being dispatched and pool tasks queued or
 * scheduled. Derived from the live rows every time, never stored, so what ends is released at once.
 */
@Repository
@NamedInterface("tenancy")
public class QuotaUsage {
  private static final TypeReference<Map<String, String>> QUANTITY = new TypeReference<>() {};
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public QuotaUsage(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Used and in-flight amounts. */
  public record Usage(Quota used, Quota inFlight) {
    public Quota total() {
      return used.plus(inFlight);
    }
  }

  /** For the tenant, or only its organisations orgIds when not null. */
  public Usage of(String tenantId, List<String> orgIds) {
    Map<String, Usage> byOrg = byOrg(tenantId);
    return sum(orgIds == null ? byOrg.values() : orgIds.stream().map(byOrg::get).toList());
  }

  /** The sum of usages; null entries count nothing. */
  public static Usage sum(Collection<Usage> usages) {
    Quota used = Quota.ZERO;
    Quota inFlight = Quota.ZERO;
    for (Usage u : usages) {
      if (u == null) continue;
      used = used.plus(u.used());
      inFlight = inFlight.plus(u.inFlight());
    }
    return new Usage(used, inFlight);
  }

  /**
   * What each of the tenant's organisations holds itself (not counting its sub-organisations),
   * keyed by organisation id (null: resources of no organisation): two grouped queries for the
   * whole tenant, so an organisation tree is priced without a query per organisation.
   */
  public Map<String, Usage> byOrg(String tenantId) {
    Map<String, Quota[]> acc = new HashMap<>();
    jdbc.query(
        "select s.org_id, r.status, sp.resource_quantity::text q, count(*) n from replica r"
            + " join resource_scope s on s.kind = 'job' and s.resource_id = r.job_id"
            + " join task t on t.job_id = r.job_id and t.task_index = r.task_index"
            + " join resource_spec sp on sp.resource_spec_id = t.resource_spec_id"
            + " where s.tenant_id = ? and r.status in ('RUNNING', 'PENDING') group by 1, 2, 3",
        rs -> {
          Quota q = replicas(parse(json.read(rs.getString("q"), QUANTITY)), rs.getLong("n"));
          add(acc, rs.getString("org_id"), "RUNNING".equals(rs.getString("status")), q);
        },
        tenantId);
    jdbc.query(
        "select s.org_id, p.state, (p.body->'request'->>'computePercent')::int pct,"
            + " (p.body->'request'->>'count')::int cards,"
            + " coalesce((p.body->'request'->>'physical')::boolean, false) physical"
            + " from pool_task p"
            + " join resource_scope s on s.kind = 'pool_task' and s.resource_id = p.id"
            + " where s.tenant_id = ? and p.state in ('QUEUED', 'SCHEDULED', 'RUNNING')",
        rs -> {
          Quota q = poolTask(rs.getInt("pct"), rs.getInt("cards"), rs.getBoolean("physical"));
          add(acc, rs.getString("org_id"), "RUNNING".equals(rs.getString("state")), q);
        },
        tenantId);
    Map<String, Usage> out = new HashMap<>();
    acc.forEach((org, q) -> out.put(org, new Usage(q[0], q[1])));
    return out;
  }

  private static void add(Map<String, Quota[]> acc, String org, boolean running, Quota q) {
    Quota[] slots = acc.computeIfAbsent(org, k -> new Quota[] {Quota.ZERO, Quota.ZERO});
    int slot = running ? 0 : 1;
    slots[slot] = slots[slot].plus(q);
  }

  private static Resources parse(Map<String, String> quantity) {
    try {
      return ResourceQuantity.parse(quantity);
    } catch (IllegalArgumentException unknownKey) {
      return Resources.ZERO;
    }
  }

  /** What {@code n} replicas of a spec with these resources take. */
  public static Quota replicas(Resources r, long n) {
    return new Quota(
        r.cpu() * n, r.memoryMb() * n, r.storageGb() * n, n, (r.gpu() + r.npu() + r.mlu()) * n);
  }

  /**
   * What a pool task takes: one instance and its cards, a slice counting as the share of a card it
   * asks for, rounded up to whole cards (three 30 % slices: one card). Card memory is not host
   * memory and is limited by the pool's own quota (POOL-T12.6), not here.
   */
  public static Quota poolTask(int computePercent, int count, boolean physical) {
    long cards = physical ? count : ((long) computePercent * count + 99) / 100;
    return new Quota(0, 0, 0, 1, cards);
  }
}
