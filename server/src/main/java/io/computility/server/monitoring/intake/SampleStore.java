package io.computility.server.monitoring.intake;

import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.monitoring.HealthEvent;
import io.computility.core.monitoring.MetricSample;
import io.computility.server.shared.jdbc.JsonColumns;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Metric samples and health events as they arrived. */
@Repository
public class SampleStore {
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public SampleStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insert(List<MetricSample> samples) {
    jdbc.batchUpdate(
        "insert into monitoring_sample (source_type, source_id, metric, value, taken_at, labels)"
            + " values (?,?,?,?,?,?::jsonb)",
        samples,
        500,
        (ps, s) -> {
          ps.setString(1, s.sourceType().name());
          ps.setString(2, s.sourceId());
          ps.setString(3, s.metric());
          ps.setDouble(4, s.value());
          ps.setTimestamp(5, ts(s.takenAt()));
          ps.setString(6, json.write(s.labels()));
        });
  }

  public void insert(HealthEvent e) {
    jdbc.update(
        "insert into monitoring_event (source_type, source_id, kind, severity, message,"
            + " occurred_at, labels) values (?,?,?,?,?,?,?::jsonb)",
        e.sourceType().name(),
        e.sourceId(),
        e.kind(),
        e.severity().name(),
        e.message(),
        ts(e.occurredAt()),
        json.write(e.labels()));
  }

  /** Deletes samples and events older than {@code cutoff}; returns how many rows went. */
  public int deleteBefore(Instant cutoff) {
    return jdbc.update("delete from monitoring_sample where taken_at < ?", ts(cutoff))
        + jdbc.update("delete from monitoring_event where occurred_at < ?", ts(cutoff));
  }
}
