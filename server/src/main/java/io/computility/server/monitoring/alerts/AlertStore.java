package io.computility.server.monitoring.alerts;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.monitoring.Severity;
import io.computility.core.monitoring.SourceType;
import io.computility.core.monitoring.Transition;
import io.computility.server.shared.web.PageData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Alerts, their lifecycle (firing, resolved) and acknowledgements. */
@Repository
public class AlertStore {
  private static final String COLUMNS =
      "id, rule_id, rule_name, severity, source_type, source_id, state, value, message, silenced,"
          + " started_at, resolved_at, resolve_message, acknowledged_at, acknowledged_by";
  private final JdbcTemplate jdbc;

  public AlertStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens an alert for a firing transition; empty when one is already open (same alert). */
  public Optional<AlertRecord> open(Transition t, boolean silenced) {
    Double value = Double.isNaN(t.value()) ? null : t.value();
    return jdbc
        .query(
            "insert into alert (rule_id, rule_name, severity, source_type, source_id, state,"
                + " value, message, silenced, started_at) values (?,?,?,?,?,'FIRING',?,?,?,?)"
                + " on conflict (rule_id, source_type, source_id) where state = 'FIRING'"
                + " do nothing returning "
                + COLUMNS,
            this::row,
            t.rule().id(),
            t.rule().name(),
            t.rule().severity().name(),
            t.source().type().name(),
            t.source().id(),
            value,
            t.reason(),
            silenced,
            ts(t.at()))
        .stream()
        .findFirst();
  }

  /** Resolves the open alert of a rule and source; empty when none was open. */
  public Optional<AlertRecord> resolve(Transition t) {
    return jdbc
        .query(
            "update alert set state = 'RESOLVED', resolved_at = ?, resolve_message = ? where"
                + " rule_id = ? and source_type = ? and source_id = ? and state = 'FIRING'"
                + " returning "
                + COLUMNS,
            this::row,
            ts(t.at()),
            t.reason(),
            t.rule().id(),
            t.source().type().name(),
            t.source().id())
        .stream()
        .findFirst();
  }

  /** Resolves every open alert of a rule (the rule was disabled, edited or deleted). */
  public int resolveAllOf(String ruleId, Instant at, String why) {
    return jdbc.update(
        "update alert set state = 'RESOLVED', resolved_at = ?, resolve_message = ? where"
            + " rule_id = ? and state = 'FIRING'",
        ts(at),
        why,
        ruleId);
  }

  public List<AlertRecord> firing() {
    return jdbc.query(
        "select " + COLUMNS + " from alert where state = 'FIRING' order by id", this::row);
  }

  public Optional<AlertRecord> find(long id) {
    return jdbc.query("select " + COLUMNS + " from alert where id = ?", this::row, id).stream()
        .findFirst();
  }

  /** Acknowledges an alert; false when it does not exist. Acknowledging twice keeps the first. */
  public boolean acknowledge(long id, String by, Instant at) {
    return jdbc.update(
            "update alert set acknowledged_at = coalesce(acknowledged_at, ?),"
                + " acknowledged_by = coalesce(acknowledged_by, ?) where id = ?",
            ts(at),
            by,
            id)
        > 0;
  }

  public PageData<AlertRecord> query(AlertQuery q) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where true");
    if (q.state() != null) add(where, args, " and state = ?", q.state().name());
    if (q.minSeverity() != null) {
      List<String> names =
          Arrays.stream(Severity.values())
              .filter(s -> s.atLeast(q.minSeverity()))
              .map(Enum::name)
              .toList();
      where.append(" and severity in (").append("?,".repeat(names.size() - 1)).append("?)");
      args.addAll(names);
    }
    if (q.sourceType() != null) add(where, args, " and source_type = ?", q.sourceType().name());
    if (q.sourceId() != null) add(where, args, " and source_id = ?", q.sourceId());
    if (q.ruleId() != null) add(where, args, " and rule_id = ?", q.ruleId());
    if (q.acknowledged() != null) {
      where.append(q.acknowledged() ? " and acknowledged_at is not null" : "");
      where.append(q.acknowledged() ? "" : " and acknowledged_at is null");
    }
    if (q.from() != null) add(where, args, " and started_at >= ?", ts(q.from()));
    if (q.to() != null) add(where, args, " and started_at < ?", ts(q.to()));
    Long total =
        jdbc.queryForObject("select count(*) from alert" + where, Long.class, args.toArray());
    args.add(q.size());
    args.add((long) q.page() * q.size());
    List<AlertRecord> items =
        jdbc.query(
            "select "
                + COLUMNS
                + " from alert"
                + where
                + " order by started_at desc, id desc"
                + " limit ? offset ?",
            this::row,
            args.toArray());
    return new PageData<>(items, total == null ? 0 : total, q.page(), q.size());
  }

  /** Deletes resolved alerts that ended before {@code cutoff}. */
  public int deleteResolvedBefore(Instant cutoff) {
    return jdbc.update(
        "delete from alert where state = 'RESOLVED' and resolved_at < ?", ts(cutoff));
  }

  private static void add(StringBuilder where, List<Object> args, String clause, Object value) {
    where.append(clause);
    args.add(value);
  }

  private AlertRecord row(ResultSet rs, int i) throws SQLException {
    Double value = rs.getObject("value", Double.class);
    return new AlertRecord(
        rs.getLong("id"),
        rs.getString("rule_id"),
        rs.getString("rule_name"),
        Severity.valueOf(rs.getString("severity")),
        SourceType.valueOf(rs.getString("source_type")),
        rs.getString("source_id"),
        AlertRecord.State.valueOf(rs.getString("state")),
        value,
        rs.getString("message"),
        rs.getBoolean("silenced"),
        instant(rs, "started_at"),
        instant(rs, "resolved_at"),
        rs.getString("resolve_message"),
        instant(rs, "acknowledged_at"),
        rs.getString("acknowledged_by"));
  }
}
