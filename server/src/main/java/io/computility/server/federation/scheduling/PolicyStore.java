package io.computility.server.federation.scheduling;

import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.scheduling.SchedulingPolicy;
import io.computility.server.shared.jdbc.JsonColumns;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Scheduling policies (NET-7.3b). */
@Repository
public class PolicyStore {
  private static final TypeReference<Map<String, Double>> WEIGHTS = new TypeReference<>() {};
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public PolicyStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public List<SchedulingPolicy> all() {
    return jdbc.query(
        "select name, description, weights::text as w from scheduling_policy order by name",
        (rs, i) ->
            new SchedulingPolicy(
                rs.getString("name"),
                rs.getString("description"),
                new java.util.LinkedHashMap<>(json.read(rs.getString("w"), WEIGHTS))));
  }

  /** Inserts; false when the name exists. */
  public boolean insert(SchedulingPolicy p, boolean builtIn, Instant now) {
    return jdbc.update(
            "insert into scheduling_policy (name, description, weights, built_in, created_at,"
                + " updated_at) values (?,?,?::jsonb,?,?,?) on conflict (name) do nothing",
            p.name(),
            p.description(),
            json.write(p.weights()),
            builtIn,
            ts(now),
            ts(now))
        > 0;
  }

  public boolean update(SchedulingPolicy p, Instant now) {
    return jdbc.update(
            "update scheduling_policy set description = ?, weights = ?::jsonb, updated_at = ?"
                + " where name = ?",
            p.description(),
            json.write(p.weights()),
            ts(now),
            p.name())
        > 0;
  }

  public boolean delete(String name) {
    return jdbc.update("delete from scheduling_policy where name = ?", name) > 0;
  }
}
