package io.computility.server.monitoring.intake;

import static io.computility.server.shared.jdbc.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Utilisation over time from the stored samples (the overview's trend): per time bucket, the
 * centers' used and total CPU, accelerators and memory (each center's mean within the bucket, then
 * summed), and the pool's mean card utilisation and cards holding a slice.
 */
@Repository
public class TrendStore {
  private final JdbcTemplate jdbc;

  public TrendStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One bucket's sums; a null ratio source means no sample in the bucket. */
  public record Bucket(
      Instant at,
      Double cpuUsed,
      Double cpuTotal,
      Double gpuUsed,
      Double gpuTotal,
      Double memoryUsed,
      Double memoryTotal,
      Double poolGpuUtilisation,
      Integer poolCardsBusy,
      Integer poolCards) {}

  private static final String SQL =
      """
      with c as (
        select floor(extract(epoch from taken_at) / ?)::bigint as b, source_id, metric, avg(value) v
        from monitoring_sample
        where source_type = 'CENTER' and taken_at >= ? and taken_at < ? and metric in
          ('center.cpu.used', 'center.cpu.total', 'center.accelerators.used',
           'center.accelerators.total', 'center.memory_mb.used', 'center.memory_mb.total')
        group by 1, 2, 3),
      cs as (select b, metric, sum(v) v from c group by 1, 2),
      d as (
        select floor(extract(epoch from taken_at) / ?)::bigint as b, source_id, metric, avg(value) v
        from monitoring_sample
        where source_type = 'DEVICE' and taken_at >= ? and taken_at < ?
          and metric in ('gpu.utilisation', 'pool.vgpu.allocated_percent')
        group by 1, 2, 3),
      buckets as (select b from cs union select b from d)
      select k.b,
        (select v from cs where cs.b = k.b and metric = 'center.cpu.used') cpu_used,
        (select v from cs where cs.b = k.b and metric = 'center.cpu.total') cpu_total,
        (select v from cs where cs.b = k.b and metric = 'center.accelerators.used') gpu_used,
        (select v from cs where cs.b = k.b and metric = 'center.accelerators.total') gpu_total,
        (select v from cs where cs.b = k.b and metric = 'center.memory_mb.used') mem_used,
        (select v from cs where cs.b = k.b and metric = 'center.memory_mb.total') mem_total,
        (select avg(v) from d where d.b = k.b and metric = 'gpu.utilisation') pool_util,
        (select count(*) from d where d.b = k.b and metric = 'pool.vgpu.allocated_percent'
           and v > 0) pool_busy,
        (select count(distinct source_id) from d where d.b = k.b) pool_cards
      from buckets k order by k.b
      """;

  /** Buckets of {@code bucketSeconds} within [from, to), oldest first; empty buckets left out. */
  public List<Bucket> buckets(Instant from, Instant to, long bucketSeconds) {
    return jdbc.query(
        SQL,
        (rs, i) -> bucket(rs, bucketSeconds),
        bucketSeconds,
        ts(from),
        ts(to),
        bucketSeconds,
        ts(from),
        ts(to));
  }

  private static Bucket bucket(ResultSet rs, long seconds) throws SQLException {
    int cards = rs.getInt("pool_cards");
    return new Bucket(
        Instant.ofEpochSecond(rs.getLong("b") * seconds),
        num(rs, "cpu_used"),
        num(rs, "cpu_total"),
        num(rs, "gpu_used"),
        num(rs, "gpu_total"),
        num(rs, "mem_used"),
        num(rs, "mem_total"),
        num(rs, "pool_util"),
        cards == 0 ? null : rs.getInt("pool_busy"),
        cards == 0 ? null : cards);
  }

  private static Double num(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }
}
