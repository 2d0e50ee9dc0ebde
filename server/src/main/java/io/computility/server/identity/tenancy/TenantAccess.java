package io.computility.server.identity.tenancy;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.ScopeFilter;
import io.computility.server.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Which tenant a request acts on, and whether an organisation is inside the caller's data scope.
 * Anything outside answers 404, so other tenants' ids do not even leak their existence.
 */
@Component
public class TenantAccess {
  private final TenantStore tenants;
  private final OrgStore orgs;

  public TenantAccess(TenantStore tenants, OrgStore orgs) {
    this.tenants = tenants;
    this.orgs = orgs;
  }

  /** The requested tenant (platform callers) or the caller's own; 404 for any other. */
  public String tenant(AuthUser caller, String requested) {
    if (requested == null || requested.isBlank() || requested.equals(caller.tenantId())) {
      return caller.tenantId();
    }
    if (caller.seesAllTenants() && tenants.find(requested).isPresent()) return requested;
    throw new NotFoundException("tenant_id", "no tenant '" + requested + "'");
  }

  /** The organisation, if inside the caller's scope; 404 otherwise. */
  public OrgRow org(AuthUser caller, String tenantId, String orgId) {
    OrgRow o =
        orgs.find(tenantId, orgId)
            .filter(x -> visible(caller, x.id()))
            .orElseThrow(() -> new NotFoundException("org_id", "no organisation '" + orgId + "'"));
    return o;
  }

  public boolean visible(AuthUser caller, String orgId) {
    ScopeFilter s = caller.scope();
    return s.all() || s.orgIds() == null || s.orgIds().contains(orgId);
  }
}
