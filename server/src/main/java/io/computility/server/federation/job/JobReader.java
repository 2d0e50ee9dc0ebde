package io.computility.server.federation.job;

import static io.computility.server.shared.jdbc.Sql.instant;

import io.computility.core.job.Job;
import io.computility.core.job.JobRequirements;
import io.computility.core.job.JobStatus;
import io.computility.core.job.TaskSpec;
import io.computility.server.identity.tenancy.ResourceScopes;
import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads jobs, their tasks and replicas. */
@Repository
public class JobReader {
  private static final String JOB_COLUMNS =
      "id, name, user_name, descr, created_user, requirements::text as req, status, phase,"
          + " reason, attempt, submitted_at, dispatched_at, finished_at";

  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public JobReader(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public Optional<JobRow> find(String jobId) {
    List<JobRow> rows =
        jdbc.query("select " + JOB_COLUMNS + " from job where id = ?", this::jobHeader, jobId);
    if (rows.isEmpty()) return Optional.empty();
    return Optional.of(withTasks(rows.get(0)));
  }

  /** Many jobs with their tasks in two queries, keyed by id. */
  public Map<String, JobRow> findAll(List<String> ids) {
    Map<String, JobRow> out = new java.util.LinkedHashMap<>();
    if (ids.isEmpty()) return out;
    String[] array = ids.toArray(String[]::new);
    Map<String, List<TaskSpec>> tasks = new HashMap<>();
    jdbc.query(
        "select * from task where job_id = any (?) order by job_id, task_index",
        ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", array)),
        rs -> {
          tasks.computeIfAbsent(rs.getString("job_id"), k -> new ArrayList<>()).add(task(rs));
        });
    jdbc.query(
        "select " + JOB_COLUMNS + " from job where id = any (?)",
        ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", array)),
        rs -> {
          JobRow h = jobHeader(rs, 0);
          out.put(h.job().id(), withTasks(h, tasks.getOrDefault(h.job().id(), List.of())));
        });
    return out;
  }

  public List<ReplicaRow> replicas(String jobId) {
    return jdbc.query(
        "select * from replica where job_id = ? order by task_index, replica_index",
        ReplicaRows::map,
        jobId);
  }

  /** Ids of jobs with replicas waiting for a center, highest priority and oldest first. */
  public List<String> queued(int limit) {
    return jdbc.queryForList(
        "select id from job where phase = 'QUEUED' order by priority desc, submitted_at limit ?",
        String.class,
        limit);
  }

  public List<JobRow> list(JobQuery q) {
    Filter f = Filter.of(q);
    List<Object> args = new ArrayList<>(f.args());
    args.add(q.size());
    args.add((long) q.page() * q.size());
    List<JobRow> headers =
        jdbc.query(
            "select "
                + JOB_COLUMNS
                + " from job"
                + f.where()
                + " order by submitted_at desc limit ? offset ?",
            this::jobHeader,
            args.toArray());
    return headers.stream().map(this::withTasks).toList();
  }

  public long count(JobQuery q) {
    Filter f = Filter.of(q);
    Long n =
        jdbc.queryForObject("select count(*) from job" + f.where(), Long.class, f.args().toArray());
    return n == null ? 0 : n;
  }

  private JobRow withTasks(JobRow header) {
    List<TaskSpec> tasks =
        jdbc.query(
            "select * from task where job_id = ? order by task_index",
            (rs, i) -> task(rs),
            header.job().id());
    return withTasks(header, tasks);
  }

  private static TaskSpec task(ResultSet rs) throws SQLException {
    return new TaskSpec(
        rs.getInt("task_index"),
        rs.getString("name"),
        rs.getString("command"),
        rs.getString("image_id"),
        rs.getString("resource_spec_id"),
        rs.getInt("replica_number"));
  }

  private static JobRow withTasks(JobRow header, List<TaskSpec> tasks) {
    Job j = header.job();
    Job full =
        new Job(
            j.id(),
            j.name(),
            j.userName(),
            j.desc(),
            j.createdUser(),
            tasks,
            j.requirements(),
            j.submittedAt());
    return new JobRow(
        full,
        header.status(),
        header.phase(),
        header.reason(),
        header.attempt(),
        header.dispatchedAt(),
        header.finishedAt());
  }

  private JobRow jobHeader(ResultSet rs, int i) throws SQLException {
    Job job =
        new Job(
            rs.getString("id"),
            rs.getString("name"),
            rs.getString("user_name"),
            rs.getString("descr"),
            rs.getString("created_user"),
            List.of(),
            json.read(rs.getString("req"), JobRequirements.class),
            instant(rs, "submitted_at"));
    return new JobRow(
        job,
        JobStatus.valueOf(rs.getString("status")),
        rs.getString("phase"),
        rs.getString("reason"),
        rs.getInt("attempt"),
        instant(rs, "dispatched_at"),
        instant(rs, "finished_at"));
  }

  /** Replicas of many jobs at once, keyed by job id (one query per scheduling batch). */
  public Map<String, List<ReplicaRow>> replicasOf(List<String> jobIds) {
    Map<String, List<ReplicaRow>> out = new HashMap<>();
    if (jobIds.isEmpty()) return out;
    jdbc.query(
        "select * from replica where job_id = any (?) order by job_id, task_index, replica_index",
        ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", jobIds.toArray())),
        rs -> {
          ReplicaRow r = ReplicaRows.map(rs, 0);
          out.computeIfAbsent(r.jobId(), k -> new ArrayList<>()).add(r);
        });
    return out;
  }

  static LinkedHashSet<String> splitCenters(String csv) {
    LinkedHashSet<String> s = new LinkedHashSet<>();
    if (csv != null && !csv.isBlank()) s.addAll(Arrays.asList(csv.split(",")));
    return s;
  }

  private record Filter(String where, List<Object> args) {
    static Filter of(JobQuery q) {
      List<String> conds = new ArrayList<>();
      List<Object> args = new ArrayList<>();
      if (q.status() != null) {
        conds.add("status = ?");
        args.add(q.status().name());
      }
      if (q.userName() != null) {
        conds.add("user_name = ?");
        args.add(q.userName());
      }
      if (q.nameContains() != null) {
        conds.add("position(lower(?) in lower(name)) > 0");
        args.add(q.nameContains());
      }
      if (q.scope() != null && !q.scope().all()) {
        var c = q.scope().condition(ResourceScopes.JOB, "id");
        conds.add(c.sql());
        args.addAll(c.args());
      }
      return new Filter(conds.isEmpty() ? "" : " where " + String.join(" and ", conds), args);
    }
  }
}
