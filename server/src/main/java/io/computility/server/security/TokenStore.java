package io.computility.server.security;

import static io.computility.server.persistence.Sql.instant;
import static io.computility.server.persistence.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Bearer tokens by hash. */
@Repository
public class TokenStore {
  private final JdbcTemplate jdbc;

  public TokenStore(JdbcTemplate jdbc) {
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
    return jdbc.update(
            "update auth_token set revoked = true where user_id = ? and id = ?", userId, tokenId)
        > 0;
  }

  /** Ends every login session of the user (single session, password change, disable). */
  public void revokeSessions(String userId) {
    jdbc.update(
        "update auth_token set revoked = true where user_id = ? and kind = 'SESSION'", userId);
  }

  public void switchRole(String tokenId, String roleId) {
    jdbc.update("update auth_token set role_id = ? where id = ?", roleId, tokenId);
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
}
