package io.computility.server.identity.tenancy;

import io.computility.server.identity.ScopeFilter;
import org.springframework.stereotype.Component;

/** Turns a role's data scope into the concrete filter for one user. */
@Component
public class ScopeResolver {
  private final OrgStore orgs;

  public ScopeResolver(OrgStore orgs) {
    this.orgs = orgs;
  }

  public ScopeFilter resolve(UserRow user, RoleRow role) {
    String tenant = user.tenantId();
    return switch (role.dataScope()) {
      case ALL ->
          role.platformSide() ? ScopeFilter.EVERYTHING : new ScopeFilter(false, tenant, null, null);
      case TENANT -> new ScopeFilter(false, tenant, null, null);
      case ORG_AND_CHILDREN ->
          new ScopeFilter(false, tenant, orgs.withDescendants(tenant, user.orgId()), null);
      case ORG -> new ScopeFilter(false, tenant, java.util.List.of(user.orgId()), null);
      case SELF -> new ScopeFilter(false, tenant, null, user.id());
      case CUSTOM -> new ScopeFilter(false, tenant, role.scopeOrgs(), null);
    };
  }
}
