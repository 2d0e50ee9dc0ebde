package io.computility.server.identity.tenancy;

import io.computility.server.identity.DataScope;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A role: built-in ones have tenantId null and cannot be deleted.
 *
 * @param side PLATFORM or TENANT: platform-side roles are held only by platform-tenant users
 * @param scopeOrgs organisations of a CUSTOM data scope
 */
public record RoleRow(
    String id,
    String tenantId,
    String name,
    String side,
    boolean builtin,
    boolean readOnly,
    DataScope dataScope,
    List<String> scopeOrgs,
    Set<String> permissions,
    Instant createdAt) {

  public boolean platformSide() {
    return "PLATFORM".equals(side);
  }
}
