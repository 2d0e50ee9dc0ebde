package io.computility.server.pool;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * vGPU slices reserved on the pool for a tenant by an order (issue 16, CMP-aipool): a tenant's pool
 * quota (compute percent and card memory), when an operator set one, grows by its active
 * reservations, so the tenant's slice tasks run where the quota refused them before. One
 * reservation per order: reserving again replaces the amounts; stopping suspends it.
 */
@Repository
public class PoolReservations {
  private final JdbcTemplate jdbc;

  PoolReservations(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Reserves (or re-reserves) {@code computePercent} and {@code memoryMb} for an order. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void reserve(String orderId, String tenant, long computePercent, long memoryMb) {
    jdbc.update(
        "insert into pool_reservation (order_id, tenant_id, compute_percent, memory_mb, active,"
            + " updated_at) values (?,?,?,?,true,?) on conflict (order_id) do update set"
            + " compute_percent = excluded.compute_percent, memory_mb = excluded.memory_mb,"
            + " active = true, updated_at = excluded.updated_at",
        orderId,
        tenant,
        computePercent,
        memoryMb,
        Timestamp.from(Instant.now()));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void release(String orderId) {
    jdbc.update(
        "update pool_reservation set active = false, updated_at = now() where order_id = ?",
        orderId);
  }

  /** True when the order's reservation is active. */
  public boolean active(String orderId) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from pool_reservation where order_id = ? and active",
            Integer.class,
            orderId);
    return n != null && n > 0;
  }

  /** The tenant's active reservations: {compute percent, memory MiB}. */
  long[] of(String tenant) {
    return jdbc.queryForObject(
        "select coalesce(sum(compute_percent), 0), coalesce(sum(memory_mb), 0)"
            + " from pool_reservation where tenant_id = ? and active",
        (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
        tenant);
  }
}
