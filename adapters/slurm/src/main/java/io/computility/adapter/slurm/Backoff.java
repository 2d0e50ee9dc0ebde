package io.computility.adapter.slurm;

import java.time.Duration;

/** Exponential backoff: {@code initial}, doubled per attempt, capped at {@code max}. */
record Backoff(int maxAttempts, Duration initial, Duration max) {

  /** Delay before attempt {@code attempt} (2 is the first retry). */
  Duration before(int attempt) {
    long factor = 1L << Math.min(20, Math.max(0, attempt - 2));
    Duration d = initial.multipliedBy(factor);
    return d.compareTo(max) > 0 ? max : d;
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new io.computility.core.adapter.AdapterException("interrupted", true, e);
    }
  }
}
