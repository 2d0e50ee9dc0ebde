package io.computility.server.identity;

import io.computility.server.shared.web.Caller;
import java.util.Set;

/**
 * The authenticated caller of one request, loaded from its token: who, which tenant and
 * organisation, which role is active (its permissions and data scope).
 *
 * @param userId user id
 * @param username login name
 * @param tenantId the user's tenant
 * @param orgId the user's organisation
 * @param roleId the active role
 * @param platformSide whether the active role is a platform-side role
 * @param readOnly whether the active role is read-only (no state-changing calls)
 * @param permissions permission codes of the active role
 * @param scope the data scope of the active role, resolved to organisations
 * @param tokenId the token this request came with
 */
public record AuthUser(
    String userId,
    String username,
    String tenantId,
    String orgId,
    String roleId,
    boolean platformSide,
    boolean readOnly,
    Set<String> permissions,
    ScopeFilter scope,
    String tokenId)
    implements Caller {

  public boolean can(String permission) {
    return permissions.contains(permission);
  }

  /** Platform-side callers with scope ALL manage every tenant. */
  public boolean seesAllTenants() {
    return scope.all();
  }
}
