package io.computility.server.monitoring.alerts;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.monitoring.AlertCondition;
import io.computility.core.monitoring.AlertRule;
import io.computility.core.monitoring.Comparison;
import io.computility.core.monitoring.RuleScope;
import io.computility.core.monitoring.Severity;
import io.computility.core.monitoring.SourceType;
import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Alert rules. */
@Repository
public class AlertRuleStore {
  private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {};
  private static final TypeReference<List<String>> ADDRESSES = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, name, description, enabled, severity, scope_source_type, scope_source_id,"
          + " scope_labels::text as labels, condition_kind, metric, comparison, threshold,"
          + " hold_for_ms, event_kind, resolve_kind, notify_in_app, email_to::text as email_to,"
          + " created_at, updated_at";
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public AlertRuleStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public List<RuleDefinition> all() {
    return jdbc.query("select " + COLUMNS + " from alert_rule order by id", this::row);
  }

  public Optional<RuleDefinition> find(String id) {
    return jdbc.query("select " + COLUMNS + " from alert_rule where id = ?", this::row, id).stream()
        .findFirst();
  }

  /** Inserts; false when the id exists. */
  public boolean insert(RuleDefinition d) {
    return jdbc.update(
            "insert into alert_rule (name, description, enabled, severity, scope_source_type,"
                + " scope_source_id, scope_labels, condition_kind, metric, comparison, threshold,"
                + " hold_for_ms, event_kind, resolve_kind, notify_in_app, email_to, created_at,"
                + " updated_at, id) values (?,?,?,?,?,?,?::jsonb,?,?,?,?,?,?,?,?,?::jsonb,?,?,?)"
                + " on conflict (id) do nothing",
            values(d))
        > 0;
  }

  public boolean update(RuleDefinition d) {
    return jdbc.update(
            "update alert_rule set name = ?, description = ?, enabled = ?, severity = ?,"
                + " scope_source_type = ?, scope_source_id = ?, scope_labels = ?::jsonb,"
                + " condition_kind = ?, metric = ?, comparison = ?, threshold = ?,"
                + " hold_for_ms = ?, event_kind = ?, resolve_kind = ?, notify_in_app = ?,"
                + " email_to = ?::jsonb, created_at = ?, updated_at = ? where id = ?",
            values(d))
        > 0;
  }

  public boolean delete(String id) {
    return jdbc.update("delete from alert_rule where id = ?", id) > 0;
  }

  private Object[] values(RuleDefinition d) {
    AlertRule r = d.rule();
    AlertCondition.Threshold t = r.condition() instanceof AlertCondition.Threshold x ? x : null;
    AlertCondition.EventMatch e = r.condition() instanceof AlertCondition.EventMatch x ? x : null;
    return new Object[] {
      r.name(),
      d.description(),
      r.enabled(),
      r.severity().name(),
      r.scope().sourceType() == null ? null : r.scope().sourceType().name(),
      r.scope().sourceId(),
      json.write(r.scope().labels()),
      t != null ? "THRESHOLD" : "EVENT",
      t == null ? null : t.metric(),
      t == null ? null : t.comparison().name(),
      t == null ? null : t.threshold(),
      t == null ? null : t.holdFor().toMillis(),
      e == null ? null : e.kind(),
      e == null ? null : e.resolveKind(),
      d.notifyInApp(),
      json.write(d.emailTo()),
      ts(d.createdAt()),
      ts(d.updatedAt()),
      r.id()
    };
  }

  private RuleDefinition row(ResultSet rs, int i) throws SQLException {
    String type = rs.getString("scope_source_type");
    RuleScope scope =
        new RuleScope(
            type == null ? null : SourceType.valueOf(type),
            rs.getString("scope_source_id"),
            json.read(rs.getString("labels"), LABELS));
    AlertCondition condition =
        "THRESHOLD".equals(rs.getString("condition_kind"))
            ? new AlertCondition.Threshold(
                rs.getString("metric"),
                Comparison.valueOf(rs.getString("comparison")),
                rs.getDouble("threshold"),
                Duration.ofMillis(rs.getLong("hold_for_ms")))
            : new AlertCondition.EventMatch(
                rs.getString("event_kind"), rs.getString("resolve_kind"));
    AlertRule rule =
        new AlertRule(
            rs.getString("id"),
            rs.getString("name"),
            rs.getBoolean("enabled"),
            Severity.valueOf(rs.getString("severity")),
            scope,
            condition);
    return new RuleDefinition(
        rule,
        rs.getString("description"),
        rs.getBoolean("notify_in_app"),
        json.read(rs.getString("email_to"), ADDRESSES),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }
}
