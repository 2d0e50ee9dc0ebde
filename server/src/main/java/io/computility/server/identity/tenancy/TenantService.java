package io.computility.server.identity.tenancy;

import io.computility.server.identity.tenancy.TenantController.NewTenant;
import io.computility.server.identity.tenancy.TenantController.TenantData;
import io.computility.server.identity.tenancy.TenantController.TenantEdit;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and editing tenants, and their quota figures. */
@Service
public class TenantService {
  private final TenantStore tenants;
  private final OrgStore orgs;
  private final UserStore users;
  private final QuotaUsage usage;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final Clock clock;

  public TenantService(
      TenantStore tenants,
      OrgStore orgs,
      UserStore users,
      QuotaUsage usage,
      PasswordEncoder encoder,
      ComputilityProperties props,
      Clock clock) {
    this.tenants = tenants;
    this.orgs = orgs;
    this.users = users;
    this.usage = usage;
    this.encoder = encoder;
    this.policy = new PasswordPolicy(props.security().password());
    this.clock = clock;
  }

  @Transactional
  public TenantRow create(NewTenant body) {
    String name = Check.text(body.name(), "name", 128);
    String desc = Check.maxChars(body.desc() == null ? "" : body.desc(), "desc", 255);
    Quota quota = checkQuota(body.quota(), "quota");
    String admin = Check.id(body.adminUsername(), "admin_username");
    policy.check(body.adminPassword(), "admin_password");
    if (users.byUsername(admin).isPresent()) {
      throw new ConflictException("admin_username", "'" + admin + "' is taken");
    }
    Instant now = clock.instant();
    TenantRow t =
        new TenantRow(
            Ids.next("t"),
            name,
            desc,
            false,
            true,
            quota,
            body.quotaEnforced() == null || body.quotaEnforced(),
            now,
            now);
    if (!tenants.insert(t)) throw new ConflictException("name", "'" + name + "' is taken");
    String root = Ids.next("o");
    orgs.insert(new OrgRow(root, t.id(), null, name, quota, true, now));
    UserRow u =
        new UserRow(
            Ids.next("u"),
            t.id(),
            root,
            admin,
            admin,
            encoder.encode(body.adminPassword()),
            true,
            now,
            0,
            null,
            now);
    users.insert(u);
    users.setRoles(u.id(), List.of(BuiltinRoles.TENANT_ADMIN));
    return t;
  }

  @Transactional
  public TenantRow edit(TenantRow t, TenantEdit body) {
    String name = body.name() == null ? t.name() : Check.text(body.name(), "name", 128);
    String desc = body.desc() == null ? t.desc() : Check.maxChars(body.desc(), "desc", 255);
    Quota quota = body.quota() == null ? t.quota() : checkQuota(body.quota(), "quota");
    boolean enforced = body.quotaEnforced() == null ? t.quotaEnforced() : body.quotaEnforced();
    if (t.platform() && enforced) {
      throw Check.bad("quota_enforced", "the platform tenant is never limited");
    }
    String over = allocated(t.id()).exceeding(quota);
    if (over != null) {
      throw Check.bad("quota." + over, "is below what organisations are already allocated");
    }
    try {
      tenants.update(t.id(), name, desc, quota, enforced, clock.instant());
    } catch (org.springframework.dao.DuplicateKeyException e) {
      throw new ConflictException("name", "'" + name + "' is taken");
    }
    orgs.root(t.id()).ifPresent(r -> orgs.update(t.id(), r.id(), r.name(), null, quota));
    return tenants.find(t.id()).orElseThrow();
  }

  public TenantRow setEnabled(TenantRow t, boolean enabled) {
    tenants.setEnabled(t.id(), enabled, clock.instant());
    return tenants.find(t.id()).orElseThrow();
  }

  public TenantData details(TenantRow t) {
    Quota allocated = allocated(t.id());
    QuotaUsage.Usage u = usage.of(t.id(), null);
    return new TenantData(
        t.id(),
        t.name(),
        t.desc(),
        t.platform(),
        t.enabled(),
        t.quotaEnforced(),
        t.quota(),
        allocated,
        t.quota().minus(allocated),
        u.used(),
        u.inFlight(),
        t.createdAt());
  }

  /** What the root organisation hands down to its direct children. */
  Quota allocated(String tenantId) {
    String root = orgs.root(tenantId).map(OrgRow::id).orElse(null);
    return orgs.tree(tenantId).stream()
        .filter(o -> root != null && root.equals(o.parentId()))
        .map(OrgRow::quota)
        .reduce(Quota.ZERO, Quota::plus);
  }

  static Quota checkQuota(Quota q, String field) {
    if (q == null) return Quota.ZERO;
    if (q.anyNegative()) throw Check.bad(field, "amounts must be >= 0");
    return q;
  }
}
