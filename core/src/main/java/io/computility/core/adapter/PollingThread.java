package io.computility.core.adapter;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The one daemon thread an adapter polls its backend on. */
public final class PollingThread {
  private PollingThread() {}

  /**
   * Runs {@code poll} every {@code every} (first after one interval) on a daemon thread named
   * {@code name}; shut the answer down on close.
   */
  public static ScheduledExecutorService start(String name, Duration every, Runnable poll) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, name);
              t.setDaemon(true);
              return t;
            });
    long ms = every.toMillis();
    timer.scheduleWithFixedDelay(poll, ms, ms, TimeUnit.MILLISECONDS);
    return timer;
  }
}
