package io.computility.server.federation.simulation;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.shared.jdbc.JsonColumns;
import io.computility.sim.run.SimulationReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Simulations and their results (table {@code simulation}, V30). */
@Repository
public class SimulationStore {

  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public SimulationStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insert(String id, SimulationInput input, Instant now) {
    jdbc.update(
        "insert into simulation (id, level, status, request, created_at) values (?,?,'RUNNING',"
            + "?::jsonb,?)",
        id,
        input.level(),
        json.write(input),
        ts(now));
  }

  public void done(String id, SimulationReport report, Instant now) {
    jdbc.update(
        "update simulation set status = 'DONE', report = ?::jsonb, plot_svg = ?, finished_at = ?"
            + " where id = ?",
        json.write(report),
        report.svg(),
        ts(now),
        id);
  }

  public void failed(String id, String error, Instant now) {
    jdbc.update(
        "update simulation set status = 'FAILED', error = ?, finished_at = ? where id = ?",
        error,
        ts(now),
        id);
  }

  public Optional<SimulationView> find(String id) {
    return jdbc
        .query(
            "select id, level, status, error, report::text as r, created_at, finished_at"
                + " from simulation where id = ?",
            (rs, i) ->
                new SimulationView(
                    rs.getString("id"),
                    rs.getString("level"),
                    rs.getString("status"),
                    rs.getString("error"),
                    rs.getString("r") == null
                        ? null
                        : json.read(rs.getString("r"), SimulationReport.class),
                    instant(rs, "created_at"),
                    instant(rs, "finished_at")),
            id)
        .stream()
        .findFirst();
  }

  public Optional<String> plot(String id) {
    return jdbc
        .query("select plot_svg from simulation where id = ?", (rs, i) -> rs.getString(1), id)
        .stream()
        .findFirst();
  }

  /** One run in a list: no report, no inputs; {@code policies} as asked for. */
  public record Summary(
      String id,
      String level,
      String status,
      String error,
      List<String> policies,
      Instant createdAt,
      Instant finishedAt) {}

  /** One page of summaries and how many match. */
  public record Page(List<Summary> items, long total) {}

  /** Simulations newest first; {@code status} and {@code level} null for any. */
  public Page page(String status, String level, int page, int size) {
    StringBuilder where = new StringBuilder(" where true");
    List<Object> args = new ArrayList<>();
    if (status != null) {
      where.append(" and status = ?");
      args.add(status);
    }
    if (level != null) {
      where.append(" and level = ?");
      args.add(level);
    }
    Long total =
        jdbc.queryForObject("select count(*) from simulation" + where, Long.class, args.toArray());
    List<Object> paged = new ArrayList<>(args);
    paged.add(size);
    paged.add((long) page * size);
    List<Summary> items =
        jdbc.query(
            "select id, level, status, error, created_at, finished_at,"
                + " request -> 'policies' as p from simulation"
                + where
                + " order by created_at desc, id limit ? offset ?",
            (rs, i) ->
                new Summary(
                    rs.getString("id"),
                    rs.getString("level"),
                    rs.getString("status"),
                    rs.getString("error"),
                    policies(rs.getString("p")),
                    instant(rs, "created_at"),
                    instant(rs, "finished_at")),
            paged.toArray());
    return new Page(items, total == null ? 0 : total);
  }

  /** The stored JSON array of policy names (absent: the defaults were used). */
  private List<String> policies(String stored) {
    return stored == null || stored.equals("null")
        ? List.of()
        : List.of(json.read(stored, String[].class));
  }

  /** Requests of simulations a crash interrupted, oldest first. */
  public List<Running> running() {
    return jdbc.query(
        "select id, request::text as q from simulation where status = 'RUNNING' order by"
            + " created_at",
        (rs, i) ->
            new Running(rs.getString("id"), json.read(rs.getString("q"), SimulationInput.class)));
  }

  /** A simulation to run again. */
  public record Running(String id, SimulationInput input) {}
}
