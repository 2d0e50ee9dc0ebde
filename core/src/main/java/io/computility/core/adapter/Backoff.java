package io.computility.core.adapter;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries an adapter call that failed transiently (timeout, 5xx, expired credentials) with
 * exponential backoff: waits {@code initial}, then twice that, up to {@code max}, for at most
 * {@code attempts} calls in all. A non-transient {@link AdapterException} (a refused request) is
 * thrown at once; the last transient one is thrown when the attempts run out, so the caller (the
 * center monitor) can mark the center unavailable and let jobs fail over.
 *
 * @param attempts calls in all, at least 1 (1: no retry)
 * @param initial wait after the first failure
 * @param max longest wait between two calls
 */
public record Backoff(int attempts, Duration initial, Duration max) {

  /** No retries: one call. */
  public static final Backoff NONE = new Backoff(1, Duration.ZERO, Duration.ZERO);

  public Backoff {
    if (attempts < 1) throw new IllegalArgumentException("attempts must be >= 1, was " + attempts);
    if (initial == null || initial.isNegative())
      throw new IllegalArgumentException("initial must be >= 0, was " + initial);
    if (max == null || max.compareTo(initial) < 0)
      throw new IllegalArgumentException("max must be >= initial, was " + max);
  }

  /** The wait before call number {@code attempt + 1}, for {@code attempt} = 1, 2, ... */
  public Duration delayAfter(int attempt) {
    Duration d = initial;
    for (int i = 1; i < attempt && d.compareTo(max) < 0; i++) d = d.multipliedBy(2);
    return d.compareTo(max) > 0 ? max : d;
  }

  /** Runs {@code call}, retrying transient failures as described above. */
  public <T> T call(Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (AdapterException e) {
        if (!e.transientFailure() || attempt >= attempts) throw e;
        sleep(delayAfter(attempt), e);
      }
    }
  }

  private static void sleep(Duration d, AdapterException cause) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw cause;
    }
  }
}
