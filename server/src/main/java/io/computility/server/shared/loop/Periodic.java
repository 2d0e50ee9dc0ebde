package io.computility.server.shared.loop;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A background task run with a fixed delay on its own daemon thread, started after the context is
 * ready and stopped before it closes. A failing run is logged and the next run still happens.
 */
public abstract class Periodic implements SmartLifecycle {
  private final Logger log = LoggerFactory.getLogger(getClass());
  private final String name;
  private final Duration delay;
  private final java.util.concurrent.atomic.AtomicBoolean nudged =
      new java.util.concurrent.atomic.AtomicBoolean();
  private volatile ScheduledExecutorService executor;

  protected Periodic(String name, Duration delay) {
    this.name = name;
    this.delay = delay;
  }

  /** One run of the task. */
  protected abstract void runOnce() throws Exception;

  @Override
  public void start() {
    executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name));
    executor.scheduleWithFixedDelay(this::safeRun, 0, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Runs the task soon, outside its schedule (e.g. new work arrived). */
  public void nudge() {
    ScheduledExecutorService e = executor;
    if (e == null || e.isShutdown() || !nudged.compareAndSet(false, true)) return;
    e.execute(
        () -> {
          nudged.set(false);
          safeRun();
        });
  }

  private void safeRun() {
    try {
      runOnce();
    } catch (Exception | AssertionError e) {
      log.warn("{} run failed: {}", name, e.toString(), e);
    }
  }

  @Override
  public void stop() {
    ScheduledExecutorService e = executor;
    if (e == null) return;
    e.shutdown();
    try {
      e.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null && !executor.isShutdown();
  }
}
