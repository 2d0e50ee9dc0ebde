package io.computility.server.identity;

import java.util.List;

/**
 * A resolved data scope: which resources (by their {@code resource_scope} row) a caller may see.
 * {@code all} sees everything; otherwise rows must be of the tenant and, when set, of one of the
 * organisations and of the owner.
 *
 * @param all no filter (platform roles with scope ALL)
 * @param tenantId the caller's tenant
 * @param orgIds organisations visible; null means every organisation of the tenant
 * @param ownerId only resources this user owns; null means any owner
 */
public record ScopeFilter(boolean all, String tenantId, List<String> orgIds, String ownerId) {

  public static final ScopeFilter EVERYTHING = new ScopeFilter(true, null, null, null);

  /** An SQL condition on {@code idColumn} for resources of {@code kind}, with its arguments. */
  public Condition condition(String kind, String idColumn) {
    if (all) return new Condition("true", List.of());
    StringBuilder sql =
        new StringBuilder(idColumn)
            .append(" in (select resource_id from resource_scope where kind = ? and tenant_id = ?");
    List<Object> args = new java.util.ArrayList<>(List.of(kind, tenantId));
    if (orgIds != null) {
      sql.append(" and org_id = any (?)");
      args.add(orgIds.toArray(String[]::new));
    }
    if (ownerId != null) {
      sql.append(" and owner_id = ?");
      args.add(ownerId);
    }
    return new Condition(sql.append(')').toString(), args);
  }

  /** Whether a resource owned as given is visible. */
  public boolean sees(String tenant, String org, String owner) {
    if (all) return true;
    return tenantId.equals(tenant)
        && (orgIds == null || orgIds.contains(org))
        && (ownerId == null || ownerId.equals(owner));
  }

  /** An SQL condition and its positional arguments. */
  public record Condition(String sql, List<Object> args) {}
}
