package io.computility.server.monitoring.reports;

import static io.computility.server.shared.jdbc.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Statistics over stored data (POOL-T12.21): metric samples (resource utilisation), alerts by
 * severity (operations monitoring) and federation jobs by status (task scheduling), per UTC day,
 * week or month.
 */
@Repository
public class ReportStore {
  private final JdbcTemplate jdbc;

  public ReportStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public ReportTable metrics(ReportRequest r) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = range("taken_at", r, args);
    if (r.sourceType() != null) {
      where.append(" and source_type = ?");
      args.add(r.sourceType().name());
    }
    if (r.metric() != null) {
      where.append(" and metric = ?");
      args.add(r.metric());
    }
    String bucket = bucket("taken_at", r);
    return table(
        "metrics",
        List.of("period", "sourceType", "metric", "sources", "samples", "avg", "min", "max"),
        "select "
            + bucket
            + " as b, source_type, metric, count(distinct source_id), count(*), round(avg(value)::numeric, 6),"
            + " min(value), max(value) from monitoring_sample"
            + where
            + " group by b, source_type, metric order by b, source_type, metric",
        args);
  }

  public ReportTable alerts(ReportRequest r) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = range("started_at", r, args);
    if (r.sourceType() != null) {
      where.append(" and source_type = ?");
      args.add(r.sourceType().name());
    }
    String bucket = bucket("started_at", r);
    return table(
        "alerts",
        List.of("period", "severity", "fired", "resolved", "acknowledged", "silenced"),
        "select "
            + bucket
            + " as b, severity, count(*), count(resolved_at), count(acknowledged_at),"
            + " count(*) filter (where silenced) from alert"
            + where
            + " group by b, severity order by b, severity",
        args);
  }

  public ReportTable tasks(ReportRequest r) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = range("submitted_at", r, args);
    String bucket = bucket("submitted_at", r);
    return table(
        "tasks",
        List.of("period", "status", "jobs", "avgWaitSeconds"),
        "select "
            + bucket
            + " as b, status, count(*),"
            + " round(avg(extract(epoch from dispatched_at - submitted_at)), 3) from job"
            + where
            + " group by b, status order by b, status",
        args);
  }

  /** Pool tasks (seed 002) per state, with the average wait from submission to start. */
  public ReportTable poolTasks(ReportRequest r) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = range("submitted_at", r, args);
    String bucket = bucket("submitted_at", r);
    String started =
        "case when jsonb_typeof(body->'startedAt') = 'string'"
            + " then (body->>'startedAt')::timestamptz end";
    return table(
        "pool-tasks",
        List.of("period", "state", "tasks", "avgWaitSeconds"),
        "select "
            + bucket
            + " as b, state, count(*),"
            + " round(avg(extract(epoch from "
            + started
            + " - submitted_at)), 3) from pool_task"
            + where
            + " group by b, state order by b, state",
        args);
  }

  private static String bucket(String column, ReportRequest r) {
    return "date_trunc('" + r.period().truncField() + "', " + column + " at time zone 'UTC')";
  }

  private static StringBuilder range(String column, ReportRequest r, List<Object> args) {
    StringBuilder w = new StringBuilder(" where true");
    if (r.from() != null) {
      w.append(" and ").append(column).append(" >= ?");
      args.add(ts(r.from()));
    }
    if (r.to() != null) {
      w.append(" and ").append(column).append(" < ?");
      args.add(ts(r.to()));
    }
    return w;
  }

  private ReportTable table(String name, List<String> columns, String sql, List<Object> args) {
    List<List<Object>> rows = jdbc.query(sql, (rs, i) -> row(rs, columns.size()), args.toArray());
    return new ReportTable(name, columns, rows);
  }

  private static List<Object> row(ResultSet rs, int n) throws SQLException {
    List<Object> out = new ArrayList<>(n);
    out.add(rs.getObject(1, java.time.LocalDateTime.class).toLocalDate().toString());
    for (int c = 2; c <= n; c++) {
      Object v = rs.getObject(c);
      if (v instanceof java.math.BigDecimal d) v = d.doubleValue();
      out.add(v);
    }
    return out;
  }
}
