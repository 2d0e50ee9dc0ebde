package io.computility.server.shared.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for job submission (issue 12): concurrent request threads hand their unit of work to
 * one writer thread, which runs everything queued meanwhile (up to {@code max-batch} units) in one
 * transaction, each unit under its own savepoint, and commits once: one WAL flush for many jobs.
 * The writer never waits for more work, so a batch is whatever arrived while the previous one
 * committed (no added latency when idle). A request thread waits for its own unit's outcome, so its
 * answer still means durable. A unit that fails is rolled back to its savepoint and fails only its
 * own request; when the commit itself fails, every unit of the batch is run again alone in its own
 * transaction, so no unit is lost or acknowledged without being committed.
 */
@Component
public class GroupCommit implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

  private final TransactionTemplate tx;
  private final int maxBatch;
  private final BlockingQueue<Unit<?>> queue = new LinkedBlockingQueue<>();
  // Put on the queue to stop the writer once it has run what came before.
  private final Unit<Void> stopMark = new Unit<>(() -> null);
  private volatile Thread writer;

  public GroupCommit(
      TransactionTemplate tx,
      @Value("${computility.jobs.group-commit.max-batch:64}") int maxBatch) {
    this.tx = tx;
    this.maxBatch = Math.max(1, maxBatch);
  }

  /** One request's work, with the caller's security context (the writer runs it as the caller). */
  private static final class Unit<T> {
    final Supplier<T> work;
    final SecurityContext context = SecurityContextHolder.getContext();
    final CompletableFuture<T> done = new CompletableFuture<>();
    T result;
    RuntimeException error;

    Unit(Supplier<T> work) {
      this.work = work;
    }

    void run() {
      SecurityContext previous = SecurityContextHolder.getContext();
      SecurityContextHolder.setContext(context);
      try {
        result = work.get();
        error = null;
      } catch (RuntimeException e) {
        error = e;
      } finally {
        SecurityContextHolder.setContext(previous);
      }
    }

    void finish() {
      if (error != null) done.completeExceptionally(error);
      else done.complete(result);
    }
  }

  /**
   * Runs {@code work} in a shared transaction and answers its result once that is committed.
   *
   * @throws RuntimeException what the work threw, or why its transaction did not commit
   */
  public <T> T run(Supplier<T> work) {
    try {
      return runAll(List.of(work)).get(0).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }

  /**
   * Queues every unit at once (so that they share commits) and answers their outcomes, each
   * completed once its unit is committed or has failed.
   */
  public <T> List<CompletableFuture<T>> runAll(List<Supplier<T>> works) {
    List<CompletableFuture<T>> out = new ArrayList<>(works.size());
    Thread w = writer;
    for (Supplier<T> work : works) {
      Unit<T> u = new Unit<>(work);
      out.add(u.done);
      if (w == null || Thread.currentThread() == w) {
        alone(u);
        continue;
      }
      queue.add(u);
      // Stopped meanwhile and not drained by the writer: run it here instead.
      if (writer == null && queue.remove(u)) alone(u);
    }
    return out;
  }

  private void loop() {
    List<Unit<?>> batch = new ArrayList<>();
    boolean stopping = false;
    while (!stopping) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      queue.drainTo(batch, maxBatch - 1);
      stopping = batch.remove(stopMark);
      if (!batch.isEmpty()) commit(batch);
      batch.clear();
    }
    // Stopping: whatever is still queued runs alone, so no caller waits forever.
    List<Unit<?>> left = new ArrayList<>();
    queue.drainTo(left);
    left.remove(stopMark);
    left.forEach(this::alone);
  }

  private void commit(List<Unit<?>> batch) {
    if (batch.size() == 1) {
      alone(batch.get(0));
      return;
    }
    try {
      tx.executeWithoutResult(
          status -> {
            for (Unit<?> u : batch) inSavepoint(status, u);
          });
    } catch (RuntimeException e) {
      log.warn("group commit of {} submissions failed ({}); retrying each alone", batch.size(), e);
      batch.forEach(this::alone);
      return;
    }
    batch.forEach(Unit::finish);
  }

  private static void inSavepoint(TransactionStatus status, Unit<?> u) {
    Object savepoint = status.createSavepoint();
    u.run();
    if (u.error != null) status.rollbackToSavepoint(savepoint);
    else status.releaseSavepoint(savepoint);
  }

  private void alone(Unit<?> u) {
    try {
      tx.executeWithoutResult(
          status -> {
            u.run();
            if (u.error != null) status.setRollbackOnly();
          });
    } catch (RuntimeException e) {
      if (u.error == null) u.error = e;
    }
    u.finish();
  }

  @Override
  public void start() {
    Thread t = new Thread(this::loop, "group-commit");
    t.setDaemon(true);
    writer = t;
    t.start();
  }

  @Override
  public void stop() {
    Thread t = writer;
    writer = null;
    if (t == null) return;
    queue.add(stopMark);
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

  @Override
  public int getPhase() {
    return 0; // starts before and stops after the web server, which drains requests first
  }
}
