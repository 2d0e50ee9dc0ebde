package io.computility.server.monitoring.alerts;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.monitoring.Severity;
import io.computility.core.monitoring.SourceType;
import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Forwarding policies. */
@Repository
public class ForwardingStore {
  private static final TypeReference<List<String>> ADDRESSES = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, name, enabled, min_severity, source_type, email_to::text as email_to, created_at";
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public ForwardingStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public ForwardingPolicy insert(ForwardingPolicy p) {
    return jdbc.queryForObject(
        "insert into alert_forwarding (name, enabled, min_severity, source_type, email_to,"
            + " created_at) values (?,?,?,?,?::jsonb,?) returning "
            + COLUMNS,
        this::row,
        p.name(),
        p.enabled(),
        p.minSeverity().name(),
        p.sourceType() == null ? null : p.sourceType().name(),
        json.write(p.emailTo()),
        ts(p.createdAt()));
  }

  /** Replaces all but id and createdAt; empty when there is no such policy. */
  public Optional<ForwardingPolicy> update(ForwardingPolicy p) {
    return jdbc
        .query(
            "update alert_forwarding set name = ?, enabled = ?, min_severity = ?, source_type = ?,"
                + " email_to = ?::jsonb where id = ? returning "
                + COLUMNS,
            this::row,
            p.name(),
            p.enabled(),
            p.minSeverity().name(),
            p.sourceType() == null ? null : p.sourceType().name(),
            json.write(p.emailTo()),
            p.id())
        .stream()
        .findFirst();
  }

  public List<ForwardingPolicy> all() {
    return jdbc.query("select " + COLUMNS + " from alert_forwarding order by id", this::row);
  }

  public boolean delete(long id) {
    return jdbc.update("delete from alert_forwarding where id = ?", id) > 0;
  }

  private ForwardingPolicy row(ResultSet rs, int i) throws SQLException {
    String type = rs.getString("source_type");
    return new ForwardingPolicy(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getBoolean("enabled"),
        Severity.valueOf(rs.getString("min_severity")),
        type == null ? null : SourceType.valueOf(type),
        json.read(rs.getString("email_to"), ADDRESSES),
        instant(rs, "created_at"));
  }
}
