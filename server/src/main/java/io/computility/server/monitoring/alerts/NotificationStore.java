package io.computility.server.monitoring.alerts;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.monitoring.Severity;
import io.computility.server.shared.jdbc.JsonColumns;
import io.computility.server.shared.web.PageData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/**
 * The in-app inbox: alert notifications (no recipient, seen by every monitor:read user) and
 * personal messages (one recipient). Every read and change is limited to an {@link InboxAudience}.
 */
@Repository
public class NotificationStore {
  private static final TypeReference<Map<String, Object>> PARAMS = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, alert_id, severity, title, body, created_at, read_at, code, params::text as params,"
          + " recipient_id, link";
  private static final String AUDIENCE = " where " + InboxAudience.WHERE;
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public NotificationStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** An alert notification for the platform-wide alert audience. */
  public void insert(
      Long alertId,
      Severity severity,
      String title,
      String body,
      String code,
      Map<String, Object> params,
      Instant at) {
    insert(alertId, severity, title, body, code, params, null, null, at);
  }

  /** A personal message for one user. */
  public void insertFor(
      String recipientId,
      String title,
      String body,
      String code,
      Map<String, Object> params,
      String link,
      Instant at) {
    insert(null, Severity.INFO, title, body, code, params, recipientId, link, at);
  }

  private void insert(
      Long alertId,
      Severity severity,
      String title,
      String body,
      String code,
      Map<String, Object> params,
      String recipientId,
      String link,
      Instant at) {
    jdbc.update(
        "insert into notification (alert_id, severity, title, body, code, params, recipient_id,"
            + " link, created_at) values (?,?,?,?,?,?::jsonb,?,?,?)",
        alertId,
        severity.name(),
        title,
        body,
        code,
        json.write(params),
        recipientId,
        link,
        ts(at));
  }

  /**
   * One page of the audience's messages, newest first; unreadOnly keeps unread ones, a non-null
   * {@code title} keeps those whose title contains it (case-insensitive).
   */
  public PageData<Notification> list(
      InboxAudience who, boolean unreadOnly, String title, int page, int size) {
    StringBuilder where = new StringBuilder(AUDIENCE);
    List<Object> args = new ArrayList<>(List.of(who.args()));
    if (unreadOnly) where.append(" and read_at is null");
    if (title != null && !title.isEmpty()) {
      where.append(" and strpos(lower(title), lower(?)) > 0");
      args.add(title);
    }
    Long total =
        jdbc.queryForObject(
            "select count(*) from notification" + where, Long.class, args.toArray());
    args.add(size);
    args.add((long) page * size);
    List<Notification> items =
        jdbc.query(
            "select "
                + COLUMNS
                + " from notification"
                + where
                + " order by created_at desc, id desc limit ? offset ?",
            this::row,
            args.toArray());
    return new PageData<>(items, total == null ? 0 : total, page, size);
  }

  public long unread(InboxAudience who) {
    Long n =
        jdbc.queryForObject(
            "select count(*) from notification" + AUDIENCE + " and read_at is null",
            Long.class,
            who.args());
    return n == null ? 0 : n;
  }

  /** Marks one of the audience's messages read; false when it has none with that id. */
  public boolean markRead(InboxAudience who, long id, Instant at) {
    return jdbc.update(
            "update notification set read_at = coalesce(read_at, ?)" + AUDIENCE + " and id = ?",
            ts(at),
            who.userId(),
            who.alerts(),
            id)
        > 0;
  }

  public int markAllRead(InboxAudience who, Instant at) {
    return jdbc.update(
        "update notification set read_at = ?" + AUDIENCE + " and read_at is null",
        ts(at),
        who.userId(),
        who.alerts());
  }

  /** Deletes one personal message of {@code userId}; false when they have none with that id. */
  public boolean deletePersonal(String userId, long id) {
    return jdbc.update("delete from notification where recipient_id = ? and id = ?", userId, id)
        > 0;
  }

  private Notification row(ResultSet rs, int i) throws SQLException {
    return new Notification(
        rs.getLong("id"),
        rs.getObject("alert_id", Long.class),
        Severity.valueOf(rs.getString("severity")),
        rs.getString("title"),
        rs.getString("body"),
        instant(rs, "created_at"),
        instant(rs, "read_at"),
        rs.getString("code"),
        json.read(rs.getString("params"), PARAMS),
        rs.getString("recipient_id"),
        rs.getString("link"));
  }
}
