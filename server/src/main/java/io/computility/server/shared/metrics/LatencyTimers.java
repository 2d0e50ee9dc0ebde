package io.computility.server.shared.metrics;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latency histograms of issue 12, exported at {@code /actuator/prometheus} (bucketed, so that
 * p50/p99 can be computed across instances): job submission, scheduling time T (JC-6.7.1, receipt
 * to dispatch), the call that hands a replica to its center, a pool placement decision and the
 * audit chain append. Recorded through Micrometer's global registry, to which Spring Boot binds its
 * registries, so that framework-free and hot code records with one line and no injection.
 */
public final class LatencyTimers {
  public static final String SUBMIT = "computility.job.submit";
  public static final String SCHEDULING_TIME = "computility.scheduling.time";
  public static final String DISPATCH = "computility.dispatch.call";
  public static final String PLACEMENT = "computility.pool.placement";
  public static final String AUDIT_APPEND = "computility.audit.append";

  private static final Map<String, String> HELP =
      Map.of(
          SUBMIT, "Job submission, request to durable commit",
          SCHEDULING_TIME, "Scheduling time T: job receipt to dispatch acknowledged (JC-6.7.1)",
          DISPATCH, "One replica handed to its center (adapter submit call)",
          PLACEMENT, "One pool placement decision (vGPU allocator)",
          AUDIT_APPEND, "One audit chain append of a batch (lock, hash, insert; commit excluded)");
  private static final Map<String, Timer> TIMERS = new ConcurrentHashMap<>();

  private LatencyTimers() {}

  /** Registers every timer, so that dashboards see the series before the first event. */
  public static void registerAll() {
    HELP.keySet().forEach(LatencyTimers::timer);
  }

  /** The histogram timer of that name. */
  public static Timer timer(String name) {
    return TIMERS.computeIfAbsent(
        name,
        n ->
            Timer.builder(n)
                .description(HELP.getOrDefault(n, n))
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(Metrics.globalRegistry));
  }

  /** Records the time since {@code startNanos} ({@link System#nanoTime()}). */
  public static void since(String name, long startNanos) {
    timer(name).record(System.nanoTime() - startNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  /** Records a duration measured elsewhere (negative ones, from clock skew, as zero). */
  public static void record(String name, Duration d) {
    timer(name).record(d.isNegative() ? Duration.ZERO : d);
  }
}
