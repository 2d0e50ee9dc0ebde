package io.computility.server.market.ticket;

import io.computility.server.identity.Permissions;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who handles work orders: enabled users whose roles hold ticket:handle, and the roles (groups)
 * holding it. Reads identity's user and role tables directly (read-only); the seam to replace with
 * a published directory of identity once it has one.
 */
@Repository
public class Handlers {
  private static final String HOLDERS =
      "select distinct u.id, u.username, u.display_name from app_user u join user_role ur on"
          + " ur.user_id = u.id join role_permission rp on rp.role_id = ur.role_id where"
          + " rp.permission = ? and u.enabled";
  private final JdbcTemplate jdbc;

  public Handlers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A user or a group that may be assigned work orders. */
  public record Handler(String id, String name) {}

  /** Every user who handles work orders. */
  public List<Handler> users() {
    return jdbc.query(
        HOLDERS + " order by u.username",
        (rs, i) -> new Handler(rs.getString(1), displayName(rs.getString(2), rs.getString(3))),
        Permissions.TICKET_HANDLE);
  }

  public List<String> userIds() {
    return users().stream().map(Handler::id).toList();
  }

  /** Every role (group) whose holders handle work orders. */
  public List<Handler> groups() {
    return jdbc.query(
        "select r.id, r.name from app_role r join role_permission rp on rp.role_id = r.id where"
            + " rp.permission = ? order by r.name",
        (rs, i) -> new Handler(rs.getString(1), rs.getString(2)),
        Permissions.TICKET_HANDLE);
  }

  public boolean isUser(String userId) {
    return users().stream().anyMatch(h -> h.id().equals(userId));
  }

  public boolean isGroup(String roleId) {
    return groups().stream().anyMatch(h -> h.id().equals(roleId));
  }

  /** The enabled holders of a group's role. */
  public List<String> members(String roleId) {
    return jdbc.queryForList(
        "select u.id from app_user u join user_role ur on ur.user_id = u.id where ur.role_id = ?"
            + " and u.enabled order by u.id",
        String.class,
        roleId);
  }

  /** A user's name as people read it (display name, else login). */
  public String name(String userId) {
    List<String> names =
        jdbc.query(
            "select username, display_name from app_user where id = ?",
            (rs, i) -> displayName(rs.getString(1), rs.getString(2)),
            userId);
    return names.isEmpty() ? userId : names.get(0);
  }

  private static String displayName(String username, String display) {
    return display == null || display.isBlank() ? username : display;
  }
}
