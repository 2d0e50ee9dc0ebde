package io.computility.server.identity.audit;

import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.shared.loop.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes audit entries durable with group commit: request threads queue their entry and wait; one
 * writer thread inserts whatever is queued into {@code audit_outbox} in one transaction (up to
 * {@value #BATCH} entries; while a commit is in flight the next batch gathers) and wakes the
 * waiters. {@link AuditDrain} moves the rows into the SM3 chain later, in batches.
 */
@Component
public class AuditOutbox implements SmartLifecycle {
  static final int BATCH = 512;

  private record Pending(AuditChain.Stamped entry, CompletableFuture<Void> done) {}

  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final AuditDrain drain;
  private final Duration wait;
  private volatile Thread writer;

  public AuditOutbox(
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      Clock clock,
      AuditDrain drain,
      @Value("${computility.security.audit.write-timeout:5s}") Duration wait) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
    this.drain = drain;
    this.wait = wait;
  }

  /** Returns once the event is committed; throws {@link AuditUnavailableException} otherwise. */
  public void write(AuditChain.Event event) {
    Pending p =
        new Pending(new AuditChain.Stamped(event, clock.instant()), new CompletableFuture<>());
    if (writer == null)
      throw new AuditUnavailableException("the audit writer is not running", null);
    queue.add(p);
    try {
      p.done().get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new AuditUnavailableException("the audit entry could not be stored", e.getCause());
    } catch (TimeoutException e) {
      throw new AuditUnavailableException("the audit entry was not stored within " + wait, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuditUnavailableException("interrupted while storing the audit entry", e);
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>(BATCH);
    while (writer == Thread.currentThread() || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) continue;
        batch.add(first);
        queue.drainTo(batch, BATCH - 1);
        commit(batch);
      } catch (InterruptedException e) {
        if (queue.isEmpty()) return;
      } finally {
        batch.clear();
      }
    }
  }

  private void commit(List<Pending> batch) {
    try {
      tx.executeWithoutResult(s -> insert(batch));
      batch.forEach(p -> p.done().complete(null));
      drain.nudge();
    } catch (RuntimeException e) {
      batch.forEach(p -> p.done().completeExceptionally(e));
    }
  }

  private void insert(List<Pending> batch) {
    jdbc.batchUpdate(
        "insert into audit_outbox (kind, at, actor, tenant_id, action, target, source_ip, result)"
            + " values (?,?,?,?,?,?,?,?)",
        batch.stream()
            .map(
                p -> {
                  AuditChain.Event e = AuditChain.clean(p.entry().event());
                  return new Object[] {
                    e.kind(),
                    ts(p.entry().at()),
                    e.actor(),
                    e.tenantId(),
                    e.action(),
                    e.target(),
                    e.sourceIp(),
                    e.result()
                  };
                })
            .toList());
  }

  @Override
  public void start() {
    Thread t = DaemonThreads.named("audit-outbox").newThread(this::run);
    writer = t;
    t.start();
  }

  @Override
  public void stop() {
    Thread t = writer;
    writer = null; // the loop finishes what is queued, then ends
    if (t == null) return;
    t.interrupt();
    try {
      t.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return writer != null;
  }

  /** Stops after the web server (which stops first) so that in-flight requests finish. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }
}
