package io.computility.server.identity.tenancy;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Tenants (CMP tenancy). */
@Repository
public class TenantStore {
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final JsonColumns json;

  public TenantStore(JdbcTemplate jdbc, JsonColumns json, ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Inserts; false when the name is taken. */
  public boolean insert(TenantRow t) {
    return jdbc.update(
            "insert into tenant (id, name, descr, platform, enabled, quota, quota_enforced,"
                + " created_at, updated_at) values (?,?,?,?,?,?::jsonb,?,?,?) on conflict do nothing",
            t.id(),
            t.name(),
            t.desc(),
            t.platform(),
            t.enabled(),
            json.write(t.quota()),
            t.quotaEnforced(),
            ts(t.createdAt()),
            ts(t.updatedAt()))
        > 0;
  }

  public Optional<TenantRow> find(String tenantId) {
    return jdbc.query("select * from tenant where id = ?", this::row, tenantId).stream()
        .findFirst();
  }

  public Optional<TenantRow> platform() {
    return jdbc.query("select * from tenant where platform", this::row).stream().findFirst();
  }

  public List<TenantRow> all() {
    return jdbc.query("select * from tenant order by created_at, id", this::row);
  }

  public boolean update(
      String tenantId, String name, String desc, Quota quota, boolean enforced, Instant now) {
    return jdbc.update(
            "update tenant set name = ?, descr = ?, quota = ?::jsonb, quota_enforced = ?,"
                + " updated_at = ? where id = ?",
            name,
            desc,
            json.write(quota),
            enforced,
            ts(now),
            tenantId)
        > 0;
  }

  public boolean setEnabled(String tenantId, boolean enabled, Instant now) {
    return changed(
        jdbc.update(
                "update tenant set enabled = ?, updated_at = ? where id = ?",
                enabled,
                ts(now),
                tenantId)
            > 0,
        "tenant " + tenantId + " enabled=" + enabled);
  }

  public boolean delete(String tenantId) {
    return changed(
        jdbc.update("delete from tenant where id = ? and not platform", tenantId) > 0,
        "tenant " + tenantId + " deleted");
  }

  private TenantRow row(ResultSet rs, int i) throws SQLException {
    return new TenantRow(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("descr"),
        rs.getBoolean("platform"),
        rs.getBoolean("enabled"),
        quota(json, rs.getString("quota")),
        rs.getBoolean("quota_enforced"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  static Quota quota(JsonColumns json, String text) {
    Quota q = json.read(text, Quota.class);
    return q == null ? Quota.ZERO : q;
  }

  /** Tells the principal cache, once committed, that tokens may resolve differently now. */
  private boolean changed(boolean did, String what) {
    if (did) events.publishEvent(new IdentityChanged(what));
    return did;
  }
}
