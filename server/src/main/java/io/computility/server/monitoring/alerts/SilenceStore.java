package io.computility.server.monitoring.alerts;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.monitoring.SourceType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Silence windows. */
@Repository
public class SilenceStore {
  private static final String COLUMNS =
      "id, rule_id, source_type, source_id, starts_at, ends_at, reason, created_at";
  private final JdbcTemplate jdbc;

  public SilenceStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Silence insert(Silence s) {
    return jdbc.queryForObject(
        "insert into alert_silence (rule_id, source_type, source_id, starts_at, ends_at, reason,"
            + " created_at) values (?,?,?,?,?,?,?) returning "
            + COLUMNS,
        this::row,
        s.ruleId(),
        s.sourceType() == null ? null : s.sourceType().name(),
        s.sourceId(),
        ts(s.startsAt()),
        ts(s.endsAt()),
        s.reason(),
        ts(s.createdAt()));
  }

  /** Windows that have not ended by {@code now}, soonest first. */
  public List<Silence> notEndedBy(Instant now) {
    return jdbc.query(
        "select " + COLUMNS + " from alert_silence where ends_at > ? order by starts_at, id",
        this::row,
        ts(now));
  }

  public boolean delete(long id) {
    return jdbc.update("delete from alert_silence where id = ?", id) > 0;
  }

  private Silence row(ResultSet rs, int i) throws SQLException {
    String type = rs.getString("source_type");
    return new Silence(
        rs.getLong("id"),
        rs.getString("rule_id"),
        type == null ? null : SourceType.valueOf(type),
        rs.getString("source_id"),
        instant(rs, "starts_at"),
        instant(rs, "ends_at"),
        rs.getString("reason"),
        instant(rs, "created_at"));
  }
}
