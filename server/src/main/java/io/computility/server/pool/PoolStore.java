package io.computility.server.pool;

import io.computility.pool.wire.PoolApi;
import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The pool's tables (V10__pool.sql); every change the controller makes is written here first. */
@Repository
public class PoolStore {
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public PoolStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void saveNode(NodeRecord n) {
    jdbc.update(
        "insert into pool_node (name, body) values (?, ?::jsonb) on conflict (name) do update set"
            + " body = excluded.body, updated_at = now()",
        n.name(),
        json.write(n));
  }

  public void deleteNode(String name) {
    jdbc.update("delete from pool_node where name = ?", name);
  }

  public List<NodeRecord> nodes() {
    return jdbc.query(
        "select body from pool_node order by name",
        (rs, i) -> json.read(rs.getString(1), NodeRecord.class));
  }

  public void saveDevice(DeviceRecord d) {
    jdbc.update(
        "insert into pool_device (uuid, node, body) values (?, ?, ?::jsonb) on conflict (uuid) do"
            + " update set node = excluded.node, body = excluded.body, updated_at = now()",
        d.uuid(),
        d.node(),
        json.write(d));
  }

  public void deleteDevice(String uuid) {
    jdbc.update("delete from pool_device where uuid = ?", uuid);
  }

  public List<DeviceRecord> devices() {
    return jdbc.query(
        "select body from pool_device order by node, uuid",
        (rs, i) -> json.read(rs.getString(1), DeviceRecord.class));
  }

  public void saveTask(PoolTask t) {
    jdbc.update(
        "insert into pool_task (id, tenant, state, priority, body, submitted_at) values"
            + " (?,?,?,?,?::jsonb,?) on conflict (id) do update set state = excluded.state,"
            + " priority = excluded.priority, body = excluded.body, updated_at = now()",
        t.id,
        t.tenant,
        t.state().name(),
        t.priority,
        json.write(t),
        Timestamp.from(t.submittedAt));
  }

  /** Every task, in submission order. */
  public List<PoolTask> tasks() {
    return jdbc.query(
        "select body from pool_task order by seq",
        (rs, i) -> json.read(rs.getString(1), PoolTask.class));
  }

  public void putQuota(String tenant, int computePercent, long memoryMb) {
    jdbc.update(
        "insert into pool_quota values (?,?,?) on conflict (tenant) do update set compute_percent"
            + " = excluded.compute_percent, memory_mb = excluded.memory_mb",
        tenant,
        computePercent,
        memoryMb);
  }

  public Optional<PoolApi.Quota> quota(String tenant) {
    return jdbc
        .query(
            "select compute_percent, memory_mb from pool_quota where tenant = ?",
            (rs, i) -> new PoolApi.Quota(rs.getInt(1), rs.getLong(2)),
            tenant)
        .stream()
        .findFirst();
  }

  /** Every tenant's pool quota, by tenant. */
  public Map<String, PoolApi.Quota> quotas() {
    Map<String, PoolApi.Quota> out = new java.util.LinkedHashMap<>();
    jdbc.query(
        "select tenant, compute_percent, memory_mb from pool_quota order by tenant",
        rs -> {
          out.put(rs.getString(1), new PoolApi.Quota(rs.getInt(2), rs.getLong(3)));
        });
    return out;
  }

  public void putSpec(String name, int computePercent, long memoryMb) {
    jdbc.update(
        "insert into pool_spec values (?,?,?) on conflict (name) do update set compute_percent ="
            + " excluded.compute_percent, memory_mb = excluded.memory_mb",
        name,
        computePercent,
        memoryMb);
  }

  public Optional<PoolApi.Spec> spec(String name) {
    return jdbc
        .query(
            "select compute_percent, memory_mb from pool_spec where name = ?",
            (rs, i) -> new PoolApi.Spec(rs.getInt(1), rs.getLong(2)),
            name)
        .stream()
        .findFirst();
  }

  /** Every pool resource spec, by name. */
  public Map<String, PoolApi.Spec> specs() {
    Map<String, PoolApi.Spec> out = new java.util.LinkedHashMap<>();
    jdbc.query(
        "select name, compute_percent, memory_mb from pool_spec order by name",
        rs -> {
          out.put(rs.getString(1), new PoolApi.Spec(rs.getInt(2), rs.getLong(3)));
        });
    return out;
  }

  public void putGroup(String name, PoolApi.Group g) {
    jdbc.update(
        "insert into pool_group values (?, ?::jsonb) on conflict (name) do update set body ="
            + " excluded.body",
        name,
        json.write(g));
  }

  public void deleteGroup(String name) {
    jdbc.update("delete from pool_group where name = ?", name);
  }

  public Map<String, PoolApi.Group> groups() {
    Map<String, PoolApi.Group> out = new java.util.LinkedHashMap<>();
    jdbc.query(
        "select name, body from pool_group order by name",
        rs -> {
          out.put(rs.getString(1), json.read(rs.getString(2), PoolApi.Group.class));
        });
    return out;
  }

  public void putSetting(String key, String value) {
    jdbc.update(
        "insert into pool_setting values (?,?) on conflict (key) do update set value ="
            + " excluded.value",
        key,
        value);
  }

  public Optional<String> setting(String key) {
    return jdbc
        .query("select value from pool_setting where key = ?", (rs, i) -> rs.getString(1), key)
        .stream()
        .findFirst();
  }

  public void appendLog(String taskId, String node, Instant at, String line) {
    jdbc.update(
        "insert into pool_log (task_id, node, at, line) values (?,?,?,?)",
        taskId,
        node,
        Timestamp.from(at),
        line);
  }

  /** A task's log lines in order, optionally only those containing {@code contains}. */
  public List<PoolApi.LogLine> logs(String taskId, String contains) {
    return logs(new LogQuery(taskId, null, null, null, contains, 100_000));
  }

  /** Log lines matching every given filter, oldest first (POOL-T12.18). */
  public List<PoolApi.LogLine> logs(LogQuery q) {
    StringBuilder sql =
        new StringBuilder("select task_id, node, at, line from pool_log where true");
    List<Object> args = new java.util.ArrayList<>();
    if (q.taskId() != null) {
      sql.append(" and task_id = ?");
      args.add(q.taskId());
    }
    if (q.node() != null) {
      sql.append(" and node = ?");
      args.add(q.node());
    }
    if (q.since() != null) {
      sql.append(" and at >= ?");
      args.add(Timestamp.from(q.since()));
    }
    if (q.until() != null) {
      sql.append(" and at < ?");
      args.add(Timestamp.from(q.until()));
    }
    if (q.contains() != null) {
      sql.append(" and strpos(line, ?) > 0");
      args.add(q.contains());
    }
    sql.append(" order by id limit ?");
    args.add(q.limit());
    return jdbc.query(
        sql.toString(),
        (rs, i) ->
            new PoolApi.LogLine(
                rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)),
        args.toArray());
  }

  /** Filters of a log search; null means any. */
  public record LogQuery(
      String taskId, String node, Instant since, Instant until, String contains, int limit) {}
}
