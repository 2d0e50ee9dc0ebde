package io.computility.server.identity.tenancy;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.identity.DataScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Roles and their permission codes. */
@Repository
public class RoleStore {
  /** A role with its permission codes in one query: no second query while the rows stream. */
  private static final String SELECT =
      "select r.*, array(select p.permission from role_permission p where p.role_id = r.id)"
          + " permissions from app_role r";

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  public RoleStore(JdbcTemplate jdbc, ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
  }

  /** Inserts or, for a built-in role, refreshes it (new permission codes reach it on start). */
  @Transactional
  public void upsert(RoleRow r) {
    jdbc.update(
        "insert into app_role (id, tenant_id, name, side, builtin, read_only, data_scope,"
            + " scope_orgs, created_at) values (?,?,?,?,?,?,?,?,?) on conflict (id) do update set"
            + " name = excluded.name, side = excluded.side, read_only = excluded.read_only,"
            + " data_scope = excluded.data_scope, scope_orgs = excluded.scope_orgs",
        r.id(),
        r.tenantId(),
        r.name(),
        r.side(),
        r.builtin(),
        r.readOnly(),
        r.dataScope().name(),
        r.scopeOrgs().toArray(String[]::new),
        ts(r.createdAt()));
    jdbc.update("delete from role_permission where role_id = ?", r.id());
    jdbc.batchUpdate(
        "insert into role_permission (role_id, permission) values (?,?)",
        r.permissions().stream().sorted().map(p -> new Object[] {r.id(), p}).toList());
    changed(true, "role " + r.id() + " saved");
  }

  /** A role the tenant may use: its own or a built-in one. */
  public Optional<RoleRow> find(String tenantId, String roleId) {
    return jdbc
        .query(
            SELECT + " where r.id = ? and (r.tenant_id is null or r.tenant_id = ?)",
            RoleStore::row,
            roleId,
            tenantId)
        .stream()
        .findFirst();
  }

  public Optional<RoleRow> byId(String roleId) {
    return jdbc.query(SELECT + " where r.id = ?", RoleStore::row, roleId).stream().findFirst();
  }

  /** Built-in roles and the tenant's own. */
  public List<RoleRow> list(String tenantId) {
    return jdbc.query(
        SELECT + " where r.tenant_id is null or r.tenant_id = ? order by r.builtin desc, r.name",
        RoleStore::row,
        tenantId);
  }

  public boolean deleteCustom(String tenantId, String roleId) {
    return changed(
        jdbc.update(
                "delete from app_role where id = ? and tenant_id = ? and not builtin",
                roleId,
                tenantId)
            > 0,
        "role " + roleId + " deleted");
  }

  private static RoleRow row(ResultSet rs, int i) throws SQLException {
    String id = rs.getString("id");
    return new RoleRow(
        id,
        rs.getString("tenant_id"),
        rs.getString("name"),
        rs.getString("side"),
        rs.getBoolean("builtin"),
        rs.getBoolean("read_only"),
        DataScope.valueOf(rs.getString("data_scope")),
        Arrays.asList((String[]) rs.getArray("scope_orgs").getArray()),
        new HashSet<>(Arrays.asList((String[]) rs.getArray("permissions").getArray())),
        instant(rs, "created_at"));
  }

  /** Tells the principal cache, once committed, that tokens may resolve differently now. */
  private boolean changed(boolean did, String what) {
    if (did) events.publishEvent(new IdentityChanged(what));
    return did;
  }
}
