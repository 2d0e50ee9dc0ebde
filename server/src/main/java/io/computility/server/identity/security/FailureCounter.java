package io.computility.server.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed-attempt counts per key (a client address, an account, or both) and the growing wait they
 * impose: once a key has {@code free} failures, each further one doubles its wait, from {@code
 * first} up to {@code max}. A key's count is forgotten {@code forgetAfter} after its last failure.
 * In memory and bounded: past {@code maxKeys} keys, expired ones are purged and new keys beyond the
 * bound are not counted.
 */
final class FailureCounter {
  /** When a key starts to wait and how long at most. */
  record Rule(int free, Duration first, Duration max) {}

  private record Count(int failures, Instant last) {}

  private final Map<String, Count> counts = new ConcurrentHashMap<>();
  private final Duration forgetAfter;
  private final int maxKeys;
  private final Clock clock;
  private volatile Instant lastPurge = Instant.MIN;

  FailureCounter(Duration forgetAfter, int maxKeys, Clock clock) {
    this.forgetAfter = forgetAfter;
    this.maxKeys = maxKeys;
    this.clock = clock;
  }

  /** Until when {@code key} must wait under {@code rule}; null when it may try now. */
  Instant waitUntil(String key, Rule rule) {
    Count c = counts.get(key);
    if (c == null || c.failures() < rule.free()) return null;
    Instant until = c.last().plus(delay(c.failures() - rule.free(), rule));
    return until.isAfter(clock.instant()) ? until : null;
  }

  void failed(String key) {
    Instant now = clock.instant();
    if (counts.size() >= maxKeys && !counts.containsKey(key)) {
      if (now.isAfter(lastPurge.plusSeconds(1))) { // at most one full scan a second
        lastPurge = now;
        counts.values().removeIf(c -> c.last().plus(forgetAfter).isBefore(now));
      }
      if (counts.size() >= maxKeys) return;
    }
    counts.merge(
        key,
        new Count(1, now),
        (old, one) ->
            old.last().plus(forgetAfter).isBefore(now) ? one : new Count(old.failures() + 1, now));
  }

  void forget(String key) {
    counts.remove(key);
  }

  private static Duration delay(int beyond, Rule rule) {
    if (beyond >= 30) return rule.max(); // 2^30 s is past any cap
    Duration d = rule.first().multipliedBy(1L << beyond);
    return d.compareTo(rule.max()) > 0 ? rule.max() : d;
  }
}
