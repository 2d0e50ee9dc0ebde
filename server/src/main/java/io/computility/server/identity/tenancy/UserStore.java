package io.computility.server.identity.tenancy;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Users and the roles they hold. */
@Repository
public class UserStore {
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  public UserStore(JdbcTemplate jdbc, ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
  }

  /** Inserts; false when the username is taken. */
  public boolean insert(UserRow u) {
    return jdbc.update(
            "insert into app_user (id, tenant_id, org_id, username, display_name, password_hash,"
                + " enabled, password_changed_at, created_at) values (?,?,?,?,?,?,?,?,?)"
                + " on conflict do nothing",
            u.id(),
            u.tenantId(),
            u.orgId(),
            u.username(),
            u.displayName(),
            u.passwordHash(),
            u.enabled(),
            ts(u.passwordChangedAt()),
            ts(u.createdAt()))
        > 0;
  }

  public Optional<UserRow> find(String tenantId, String userId) {
    return jdbc
        .query("select * from app_user where tenant_id = ? and id = ?", this::row, tenantId, userId)
        .stream()
        .findFirst();
  }

  public Optional<UserRow> byId(String userId) {
    return jdbc.query("select * from app_user where id = ?", this::row, userId).stream()
        .findFirst();
  }

  public Optional<UserRow> byUsername(String username) {
    return jdbc.query("select * from app_user where username = ?", this::row, username).stream()
        .findFirst();
  }

  public Optional<UserRow> byOidcSubject(String subject) {
    return jdbc.query("select * from app_user where oidc_subject = ?", this::row, subject).stream()
        .findFirst();
  }

  public void linkOidc(String userId, String subject) {
    jdbc.update("update app_user set oidc_subject = ? where id = ?", subject, userId);
  }

  public long count() {
    return jdbc.queryForObject("select count(*) from app_user", Long.class);
  }

  /** Users of the tenant, restricted to organisations when orgIds is not null. */
  public List<UserRow> list(String tenantId, List<String> orgIds) {
    if (orgIds == null) {
      return jdbc.query(
          "select * from app_user where tenant_id = ? order by username", this::row, tenantId);
    }
    return jdbc.query(
        "select * from app_user where tenant_id = ? and org_id = any (?) order by username",
        this::row,
        tenantId,
        orgIds.toArray(String[]::new));
  }

  public boolean update(String tenantId, String userId, String displayName, String orgId) {
    return changed(
        jdbc.update(
                "update app_user set display_name = ?, org_id = ? where tenant_id = ? and id = ?",
                displayName,
                orgId,
                tenantId,
                userId)
            > 0,
        "user " + userId + " updated");
  }

  public boolean setEnabled(String tenantId, String userId, boolean enabled) {
    return changed(
        jdbc.update(
                "update app_user set enabled = ?, failed_logins = 0, locked_until = null"
                    + " where tenant_id = ? and id = ?",
                enabled,
                tenantId,
                userId)
            > 0,
        "user " + userId + " enabled=" + enabled);
  }

  public void setPassword(String userId, String hash, Instant changedAt) {
    jdbc.update(
        "update app_user set password_hash = ?, password_changed_at = ?, failed_logins = 0,"
            + " locked_until = null where id = ?",
        hash,
        ts(changedAt),
        userId);
  }

  /**
   * Counts one failed login (shown to admins). It locks nothing: throttling is per client and
   * account, in LoginThrottle, so that strangers cannot lock a user out.
   */
  public void failedLogin(String userId) {
    jdbc.update("update app_user set failed_logins = failed_logins + 1 where id = ?", userId);
  }

  public void loggedIn(String userId) {
    jdbc.update("update app_user set failed_logins = 0, locked_until = null where id = ?", userId);
  }

  public boolean delete(String tenantId, String userId) {
    return changed(
        jdbc.update("delete from app_user where tenant_id = ? and id = ?", tenantId, userId) > 0,
        "user " + userId + " deleted");
  }

  public List<String> roleIds(String userId) {
    return jdbc.queryForList(
        "select role_id from user_role where user_id = ? order by role_id", String.class, userId);
  }

  public void setRoles(String userId, List<String> roleIds) {
    jdbc.update("delete from user_role where user_id = ?", userId);
    jdbc.batchUpdate(
        "insert into user_role (user_id, role_id) values (?,?)",
        roleIds.stream().map(r -> new Object[] {userId, r}).toList());
    changed(true, "user " + userId + " roles");
  }

  private UserRow row(ResultSet rs, int i) throws SQLException {
    return new UserRow(
        rs.getString("id"),
        rs.getString("tenant_id"),
        rs.getString("org_id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        rs.getBoolean("enabled"),
        instant(rs, "password_changed_at"),
        rs.getInt("failed_logins"),
        instant(rs, "locked_until"),
        instant(rs, "created_at"));
  }

  /** Tells the principal cache, once committed, that tokens may resolve differently now. */
  private boolean changed(boolean did, String what) {
    if (did) events.publishEvent(new IdentityChanged(what));
    return did;
  }
}
