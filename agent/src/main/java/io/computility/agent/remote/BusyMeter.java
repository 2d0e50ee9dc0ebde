package io.computility.agent.remote;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * How busy a slice's card was over the last window: the share of wall time spent executing its
 * kernels, as a card's utilisation counter reports it. The clock is injected so the accounting can
 * be checked without timing anything.
 */
public final class BusyMeter {
  private record Interval(long start, long end) {}

  private final LongSupplier nanos;
  private final long windowNs;
  private final Deque<Interval> intervals = new ArrayDeque<>();
  private long totalBusyNs;

  public BusyMeter(LongSupplier nanos, long windowNs) {
    this.nanos = nanos;
    this.windowNs = windowNs;
  }

  /** Records that a kernel ran from {@code startNs} to {@code endNs}. */
  public synchronized void busy(long startNs, long endNs) {
    intervals.addLast(new Interval(startNs, endNs));
    totalBusyNs += endNs - startNs;
  }

  /** Busy share of the last window, 0..100. */
  public synchronized int percent() {
    long now = nanos.getAsLong();
    long from = now - windowNs;
    while (!intervals.isEmpty() && intervals.peekFirst().end() <= from) intervals.removeFirst();
    long busy = 0;
    for (Interval i : intervals) busy += Math.min(i.end(), now) - Math.max(i.start(), from);
    return (int) Math.min(100, Math.round(busy * 100.0 / windowNs));
  }

  /** Kernel time since the slice was created, nanoseconds. */
  public synchronized long totalBusyNs() {
    return totalBusyNs;
  }

  /**
   * The pause after a kernel of {@code busyNs} that keeps a slice of {@code percent} % of a card at
   * that share: busy / (busy + pause) = percent / 100.
   */
  public static long pauseAfter(long busyNs, int percent) {
    return busyNs * (100 - percent) / percent;
  }
}
