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
      centers as (
        select b,
          sum(v) filter (where metric = 'center.cpu.used') cpu_used,
          sum(v) filter (where metric = 'center.cpu.total') cpu_total,
          sum(v) filter (where metric = 'center.accelerators.used') gpu_used,
          sum(v) filter (where metric = 'center.accelerators.total') gpu_total,
          sum(v) filter (where metric = 'center.memory_mb.used') mem_used,
          sum(v) filter (where metric = 'center.memory_mb.total') mem_total
        from c group by b),
      d as (
        select floor(extract(epoch from taken_at) / ?)::bigint as b, source_id, metric, avg(value) v
        from monitoring_sample
        where source_type = 'DEVICE' and taken_at >= ? and taken_at < ?
          and metric in ('gpu.utilisation', 'pool.vgpu.allocated_percent')
        group by 1, 2, 3),
      pool as (
        select b,
          avg(v) filter (where metric = 'gpu.utilisation') pool_util,
          count(*) filter (where metric = 'pool.vgpu.allocated_percent' and v > 0) pool_busy,
          count(distinct source_id) pool_cards
        from d group by b)
      select coalesce(centers.b, pool.b) b, cpu_used, cpu_total, gpu_used, gpu_total, mem_used,
        mem_total, pool_util, pool_busy, pool_cards
      from centers full join pool on centers.b = pool.b order by 1
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
