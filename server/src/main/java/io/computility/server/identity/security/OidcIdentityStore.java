package io.computility.server.identity.security;

import static io.computility.server.shared.jdbc.Sql.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the provider said about users it provisioned: subject, e-mail, groups (V27). */
@Repository
public class OidcIdentityStore {
  private final JdbcTemplate jdbc;

  public OidcIdentityStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One provisioned identity; groups comma-separated. */
  public record Identity(String userId, String subject, String email, String groups) {}

  void created(String userId, String subject, String email, List<String> groups, Instant now) {
    jdbc.update(
        "insert into oidc_identity (user_id, subject, email, groups, provisioned_at,"
            + " last_login_at) values (?,?,?,?,?,?)",
        userId,
        subject,
        email,
        String.join(",", groups),
        ts(now),
        ts(now));
  }

  /** Records a later login of a provisioned user with the e-mail the provider sends now. */
  void loggedIn(String userId, String email, Instant now) {
    jdbc.update(
        "update oidc_identity set email = coalesce(?, email), last_login_at = ? where user_id = ?",
        email,
        ts(now),
        userId);
  }

  public Optional<Identity> find(String userId) {
    return jdbc
        .query(
            "select * from oidc_identity where user_id = ?",
            (rs, i) ->
                new Identity(
                    rs.getString("user_id"),
                    rs.getString("subject"),
                    rs.getString("email"),
                    rs.getString("groups")),
            userId)
        .stream()
        .findFirst();
  }
}
