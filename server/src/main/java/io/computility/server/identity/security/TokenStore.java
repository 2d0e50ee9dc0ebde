package io.computility.server.identity.security;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.identity.tenancy.IdentityChanged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Bearer tokens by hash. */
@Repository
public class TokenStore implements io.computility.server.identity.tenancy.UserSessions {
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  public TokenStore(JdbcTemplate jdbc, ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
  }

  public void insert(TokenRow t, String hash) {
    jdbc.update(
        "insert into auth_token (id, user_id, kind, token_hash, name, role_id, created_at,"
            + " expires_at) values (?,?,?,?,?,?,?,?)",
        t.id(),
        t.userId(),
        t.kind(),
        hash,
        t.name(),
        t.roleId(),
        ts(t.createdAt()),
        ts(t.expiresAt()));
  }

  public boolean exists(String hash) {
    return jdbc.queryForObject(
            "select count(*) from auth_token where token_hash = ?", Long.class, hash)
        > 0;
  }

  /** The live token with this hash: not revoked, not expired. */
  public Optional<TokenRow> live(String hash, Instant now) {
    return jdbc
        .query(
            "select * from auth_token where token_hash = ? and not revoked and (expires_at is null"
                + " or expires_at > ?)",
            this::row,
            hash,
            ts(now))
        .stream()
        .findFirst();
  }

  public List<TokenRow> apiTokens(String userId) {
    return jdbc.query(
        "select * from auth_token where user_id = ? and kind = 'API' and not revoked"
            + " order by created_at",
        this::row,
        userId);
  }

  public boolean revoke(String userId, String tokenId) {
    return changed(
        jdbc.update(
                "update auth_token set revoked = true where user_id = ? and id = ?",
                userId,
                tokenId)
            > 0,
        "token " + tokenId + " revoked");
  }

  /** Ends every login session of the user (single session, password change, disable). */
  @Override
  public void revokeSessions(String userId) {
    jdbc.update(
        "update auth_token set revoked = true where user_id = ? and kind = 'SESSION'", userId);
    changed(true, "sessions of " + userId + " revoked");
  }

  public void switchRole(String tokenId, String roleId) {
    jdbc.update("update auth_token set role_id = ? where id = ?", roleId, tokenId);
    changed(true, "token " + tokenId + " role");
  }

  private TokenRow row(ResultSet rs, int i) throws SQLException {
    return new TokenRow(
        rs.getString("id"),
        rs.getString("user_id"),
        rs.getString("kind"),
        rs.getString("name"),
        rs.getString("role_id"),
        instant(rs, "created_at"),
        instant(rs, "expires_at"),
        rs.getBoolean("revoked"));
  }

  /** Tells the principal cache, once committed, that tokens may resolve differently now. */
  private boolean changed(boolean did, String what) {
    if (did) events.publishEvent(new IdentityChanged(what));
    return did;
  }
}
