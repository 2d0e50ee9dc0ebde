package io.computility.server.identity.tenancy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admits a job or pool task against the quotas of its tenant, its organisation and every ancestor
 * organisation (CMP tenancy), each limit raised by the active quota grants of orders ({@link
 * QuotaGrants}), or refuses it with {@link QuotaExceededException}. Runs inside the transaction
 * that stores the submission: it first locks the tenant's row, so submissions of one tenant are
 * checked and stored one after the other and concurrent ones cannot overshoot together. The
 * platform tenant (operators, node agents, peer tiers) is not limited, nor is a tenant or an
 * organisation whose quota switch ({@code quota_enforced}) a platform admin turned off.
 */
@Component
@NamedInterface("tenancy")
public class QuotaGuard {
  private final JdbcTemplate jdbc;
  private final TenantStore tenants;
  private final OrgStore orgs;
  private final QuotaUsage usage;
  private final QuotaGrants grants;

  public QuotaGuard(
      JdbcTemplate jdbc, TenantStore tenants, OrgStore orgs, QuotaUsage usage, QuotaGrants grants) {
    this.jdbc = jdbc;
    this.tenants = tenants;
    this.orgs = orgs;
    this.usage = usage;
    this.grants = grants;
  }

  /** Refuses when {@code demand} does not fit; must run in the storing transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void admit(String tenantId, String orgId, Quota demand) {
    // the lock is held until the submission commits or rolls back
    jdbc.queryForList("select id from tenant where id = ? for update", String.class, tenantId);
    TenantRow t = tenants.find(tenantId).orElse(null);
    if (t == null || t.platform() || !t.quotaEnforced()) return; // the quota switch is off
    Map<String, QuotaUsage.Usage> own = usage.byOrg(tenantId);
    Map<String, Quota> granted = grants.activeByOrg(tenantId); // orders' grants raise the limits
    Quota allGranted = granted.values().stream().reduce(Quota.ZERO, Quota::plus);
    check(
        "tenant " + t.name(),
        t.quota().plus(allGranted),
        QuotaUsage.sum(own.values()).total(),
        demand);
    List<OrgRow> tree = orgs.tree(tenantId);
    Map<String, OrgRow> byId = new HashMap<>();
    for (OrgRow o : tree) byId.put(o.id(), o);
    for (OrgRow o = byId.get(orgId); o != null; o = byId.get(o.parentId())) {
      if (!o.quotaEnforced()) continue; // this organisation's switch is off; its ancestors' count
      List<String> subtree = OrgStore.withDescendants(tree, o.id());
      Quota held = QuotaUsage.sum(subtree.stream().map(own::get).toList()).total();
      Quota extra =
          subtree.stream().map(granted::get).filter(q -> q != null).reduce(Quota.ZERO, Quota::plus);
      check("organisation " + o.name(), o.quota().plus(extra), held, demand);
    }
  }

  private static void check(String who, Quota limit, Quota held, Quota demand) {
    String r = held.overrunBy(demand, limit);
    if (r == null) return;
    throw new QuotaExceededException(
        r,
        limit.get(r),
        "exceeded: the "
            + who
            + " holds "
            + held.get(r)
            + ", this asks "
            + demand.get(r)
            + ", its quota is "
            + limit.get(r));
  }
}
