package io.computility.server.identity.audit;

import static io.computility.server.shared.jdbc.Sql.instant;

import io.computility.server.shared.loop.Periodic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single appender: moves {@code audit_outbox} rows into the SM3 chain in id order, a batch per
 * transaction (one advisory lock, the chain's head read once), deleting the moved rows in the same
 * transaction so that each entry lands in the chain exactly once, even after a crash. Runs when the
 * outbox commits, every {@value #EVERY_MS} ms (leftovers of a previous run at start-up), and before
 * the audit log is read.
 */
@Component
public class AuditDrain extends Periodic {
  static final long EVERY_MS = 200;
  private static final int BATCH = 1000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final AuditChain chain;

  public AuditDrain(JdbcTemplate jdbc, TransactionTemplate tx, AuditChain chain) {
    super("audit-drain", Duration.ofMillis(EVERY_MS));
    this.jdbc = jdbc;
    this.tx = tx;
    this.chain = chain;
  }

  @Override
  protected void runOnce() {
    drainNow();
  }

  /** Moves every row now in the outbox into the chain; returns how many. */
  public synchronized int drainNow() {
    int moved = 0;
    for (int n; (n = tx.execute(s -> batch())) > 0; ) moved += n;
    return moved;
  }

  private int batch() {
    // The chain's lock first: a second server instance draining meanwhile has committed.
    jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, AuditChain.LOCK);
    List<Long> ids = new ArrayList<>();
    List<AuditChain.Stamped> events =
        jdbc.query(
            "select * from audit_outbox order by id limit ?",
            (rs, i) -> {
              ids.add(rs.getLong("id"));
              return new AuditChain.Stamped(
                  new AuditChain.Event(
                      rs.getString("kind"),
                      rs.getString("actor"),
                      rs.getString("tenant_id"),
                      rs.getString("action"),
                      rs.getString("target"),
                      rs.getString("source_ip"),
                      rs.getString("result")),
                  instant(rs, "at"));
            },
            BATCH);
    if (events.isEmpty()) return 0;
    chain.appendAll(events);
    Long[] moved = ids.toArray(Long[]::new);
    jdbc.update(
        "delete from audit_outbox where id = any (?)",
        ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", moved)));
    return events.size();
  }

  @Override
  public void stop() {
    super.stop();
    drainNow();
  }

  /** Starts before and stops after {@link AuditOutbox}, so that nothing it commits waits long. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 8192;
  }
}
