package io.computility.server.monitoring.logs;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.monitoring.SourceType;
import io.computility.server.shared.web.PageData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Collected log lines: stored in batches, searched with filters and paging, exported. */
@Repository
public class LogStore implements LogIntake {
  private static final String COLUMNS =
      "id, source_type, source_id, level, logged_at, logger, message";
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public LogStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void append(List<LogLine> lines) {
    Instant now = clock.instant();
    jdbc.batchUpdate(
        "insert into log_entry (source_type, source_id, level, level_no, logged_at, logger,"
            + " message, received_at) values (?,?,?,?,?,?,?,?)",
        lines,
        500,
        (ps, l) -> {
          ps.setString(1, l.sourceType().name());
          ps.setString(2, l.sourceId());
          ps.setString(3, l.level().name());
          ps.setInt(4, l.level().ordinal());
          ps.setTimestamp(5, ts(l.loggedAt()));
          ps.setString(6, l.logger());
          ps.setString(7, l.message());
          ps.setTimestamp(8, ts(now));
        });
  }

  public PageData<LogLine> search(LogQuery q) {
    List<Object> args = new ArrayList<>();
    String where = where(q, args);
    Long total =
        jdbc.queryForObject("select count(*) from log_entry" + where, Long.class, args.toArray());
    args.add(q.size());
    args.add((long) q.page() * q.size());
    List<LogLine> items =
        jdbc.query(
            "select "
                + COLUMNS
                + " from log_entry"
                + where
                + " order by logged_at desc, id desc limit ? offset ?",
            this::row,
            args.toArray());
    return new PageData<>(items, total == null ? 0 : total, q.page(), q.size());
  }

  /** Streams the filtered lines, oldest first, at most {@code limit} of them. */
  public void export(LogQuery q, int limit, Consumer<LogLine> sink) {
    List<Object> args = new ArrayList<>();
    String where = where(q, args);
    args.add(limit);
    jdbc.query(
        "select " + COLUMNS + " from log_entry" + where + " order by logged_at, id limit ?",
        rs -> {
          sink.accept(row(rs, 0));
        },
        args.toArray());
  }

  public int deleteBefore(Instant cutoff) {
    return jdbc.update("delete from log_entry where logged_at < ?", ts(cutoff));
  }

  private static String where(LogQuery q, List<Object> args) {
    StringBuilder w = new StringBuilder(" where true");
    if (q.sourceType() != null) {
      w.append(" and source_type = ?");
      args.add(q.sourceType().name());
    }
    if (q.sourceId() != null) {
      w.append(" and source_id = ?");
      args.add(q.sourceId());
    }
    if (q.minLevel() != null) {
      w.append(" and level_no >= ?");
      args.add(q.minLevel().ordinal());
    }
    if (q.from() != null) {
      w.append(" and logged_at >= ?");
      args.add(ts(q.from()));
    }
    if (q.to() != null) {
      w.append(" and logged_at < ?");
      args.add(ts(q.to()));
    }
    if (q.text() != null) {
      w.append(" and strpos(lower(message), lower(?)) > 0");
      args.add(q.text());
    }
    return w.toString();
  }

  private LogLine row(ResultSet rs, int i) throws SQLException {
    return new LogLine(
        rs.getLong("id"),
        SourceType.valueOf(rs.getString("source_type")),
        rs.getString("source_id"),
        LogLevel.valueOf(rs.getString("level")),
        instant(rs, "logged_at"),
        rs.getString("logger"),
        rs.getString("message"));
  }
}
