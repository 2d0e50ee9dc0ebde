package io.computility.server.federation.scheduling;

import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.identity.ScopeFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Computes the JC-6.7 scheduling metrics from the stored jobs. */
@Repository
public class SchedulingMetricsStore {
  private final JdbcTemplate jdbc;

  public SchedulingMetricsStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Metrics over the jobs submitted at or after {@code since}. */
  public SchedulingMetrics since(Instant since) {
    return since(since, ScopeFilter.EVERYTHING);
  }

  /** Metrics over the jobs submitted at or after {@code since} that {@code scope} reaches. */
  public SchedulingMetrics since(Instant since, ScopeFilter scope) {
    ScopeFilter.Condition c = scope.condition("job", "id");
    List<Object> args = new ArrayList<>();
    args.add(ts(since));
    args.addAll(c.args());
    return jdbc.queryForObject(
        "select count(*) as submitted, count(dispatched_at) as dispatched,"
            + " percentile_cont(0.5) within group (order by extract(epoch from dispatched_at -"
            + " submitted_at)) as p50, percentile_cont(0.99) within group (order by extract(epoch"
            + " from dispatched_at - submitted_at)) as p99, avg(extract(epoch from dispatched_at -"
            + " submitted_at)) as mean, extract(epoch from max(dispatched_at) -"
            + " min(submitted_at)) as span from job where submitted_at >= ? and "
            + c.sql(),
        (rs, i) -> {
          long n = rs.getLong("dispatched");
          double span = rs.getDouble("span");
          return new SchedulingMetrics(
              rs.getLong("submitted"),
              n,
              rs.getDouble("p50") * 1000,
              rs.getDouble("p99") * 1000,
              rs.getDouble("mean") * 1000,
              span > 0 ? n / span : 0);
        },
        args.toArray());
  }
}
