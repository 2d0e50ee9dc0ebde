package io.computility.server.monitoring.alerts;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.monitoring.Severity;
import io.computility.server.shared.jdbc.JsonColumns;
import io.computility.server.shared.web.PageData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The in-app notification inbox. */
@Repository
public class NotificationStore {
  private static final TypeReference<Map<String, Object>> PARAMS = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, alert_id, severity, title, body, created_at, read_at, code, params::text as params";
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public NotificationStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insert(
      Long alertId,
      Severity severity,
      String title,
      String body,
      String code,
      Map<String, Object> params,
      Instant at) {
    jdbc.update(
        "insert into notification (alert_id, severity, title, body, code, params, created_at)"
            + " values (?,?,?,?,?,?::jsonb,?)",
        alertId,
        severity.name(),
        title,
        body,
        code,
        json.write(params),
        ts(at));
  }

  public PageData<Notification> list(boolean unreadOnly, int page, int size) {
    String where = unreadOnly ? " where read_at is null" : "";
    Long total = jdbc.queryForObject("select count(*) from notification" + where, Long.class);
    List<Notification> items =
        jdbc.query(
            "select "
                + COLUMNS
                + " from notification"
                + where
                + " order by created_at desc, id desc limit ? offset ?",
            this::row,
            size,
            (long) page * size);
    return new PageData<>(items, total == null ? 0 : total, page, size);
  }

  public long unread() {
    Long n =
        jdbc.queryForObject("select count(*) from notification where read_at is null", Long.class);
    return n == null ? 0 : n;
  }

  /** Marks one message read; false when it does not exist. */
  public boolean markRead(long id, Instant at) {
    return jdbc.update(
            "update notification set read_at = coalesce(read_at, ?) where id = ?", ts(at), id)
        > 0;
  }

  public int markAllRead(Instant at) {
    return jdbc.update("update notification set read_at = ? where read_at is null", ts(at));
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
        json.read(rs.getString("params"), PARAMS));
  }
}
