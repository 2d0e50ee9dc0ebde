package io.computility.agent.workload;

import io.computility.agent.enforce.SliceLimitsFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bundled test workload. It keeps to the slice the accounting backend hands it, the way a hook
 * library makes a CUDA program keep to its slice: it asks for {@code --memory-mb} and gets an
 * out-of-memory failure (exit {@value #EXIT_OUT_OF_MEMORY}) when that exceeds the slice; otherwise
 * it holds that much memory, works {@code core_percent} of each step and prints a usage line per
 * step until {@code --seconds} have passed. A limits file, when named, is re-read every step so a
 * live resize shows without a restart. SIGTERM ends it cleanly (exit 0).
 *
 * <p>{@code SliceWorkload --memory-mb N [--seconds S] [--step-ms M]}
 */
public final class SliceWorkload {

  /** Like cudaErrorMemoryAllocation (2). */
  public static final int EXIT_OUT_OF_MEMORY = 2;

  public static final int EXIT_USAGE = 64;

  private final WorkloadArguments arguments;
  private final SliceEnvironment slice;
  private final PrintStream out;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final List<byte[]> held = new ArrayList<>();

  SliceWorkload(WorkloadArguments arguments, SliceEnvironment slice, PrintStream out) {
    this.arguments = arguments;
    this.slice = slice;
    this.out = out;
  }

  public static void main(String[] args) {
    WorkloadArguments arguments;
    SliceEnvironment slice;
    try {
      arguments = WorkloadArguments.parse(args);
      slice = SliceEnvironment.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("SliceWorkload: " + e.getMessage());
      System.exit(EXIT_USAGE);
      return;
    }
    SliceWorkload workload = new SliceWorkload(arguments, slice, System.out);
    TermSignal.onTerm(workload::stop);
    System.exit(workload.run());
  }

  void stop() {
    stopped.set(true);
  }

  int run() {
    SliceEnvironment.Limits limits = currentLimits(slice.initialLimits());
    if (arguments.memoryMb() > limits.memoryMb()) {
      return outOfMemory(arguments.memoryMb(), limits.memoryMb());
    }
    for (long mb = 0; mb < arguments.memoryMb(); mb++) {
      byte[] chunk = new byte[1024 * 1024];
      for (int i = 0; i < chunk.length; i += 4096) {
        chunk[i] = 1; // touch each page so the memory is really taken
      }
      held.add(chunk);
    }
    out.printf(
        "started memory_mb=%d limit_memory_mb=%d core_percent=%d devices=%s%n",
        arguments.memoryMb(), limits.memoryMb(), limits.corePercent(), slice.devices());
    long end = System.nanoTime() + arguments.seconds() * 1_000_000_000L;
    long steps = 0;
    while (!stopped.get() && System.nanoTime() < end) {
      SliceEnvironment.Limits now = currentLimits(limits);
      if (!now.equals(limits)) {
        out.printf(
            "resized limit_memory_mb=%d core_percent=%d%n", now.memoryMb(), now.corePercent());
        limits = now;
        if (held.size() > limits.memoryMb()) {
          return outOfMemory(held.size(), limits.memoryMb());
        }
      }
      work(limits.corePercent());
      steps++;
      out.printf(
          "usage memory_mb=%d core_percent=%d limit_memory_mb=%d step=%d%n",
          held.size(), limits.corePercent(), limits.memoryMb(), steps);
      out.flush();
    }
    out.printf("%s steps=%d%n", stopped.get() ? "terminated cleanly" : "done", steps);
    out.flush();
    return 0;
  }

  /** Busy for core_percent of the step, idle for the rest. */
  private void work(int corePercent) {
    long stepNanos = arguments.stepMs() * 1_000_000L;
    long busyUntil = System.nanoTime() + stepNanos * corePercent / 100;
    long sink = 0;
    while (System.nanoTime() < busyUntil && !stopped.get()) {
      sink += held.isEmpty() ? 1 : held.get((int) (sink & 0x7fff) % held.size())[0];
    }
    long idle = stepNanos * (100 - corePercent) / 100;
    try {
      Thread.sleep(idle / 1_000_000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
    }
    if (sink == Long.MIN_VALUE) {
      out.print(""); // keeps the busy loop from being optimised away
    }
  }

  private SliceEnvironment.Limits currentLimits(SliceEnvironment.Limits fallback) {
    Path file = slice.limitsFile();
    if (file == null || !Files.exists(file)) {
      return fallback;
    }
    try {
      SliceLimitsFile.Limits read = SliceLimitsFile.read(file);
      return new SliceEnvironment.Limits(read.corePercent(), read.memoryMb());
    } catch (IOException e) {
      return fallback; // mid-rewrite or unreadable: keep the last good limits
    }
  }

  private int outOfMemory(long askedMb, long limitMb) {
    System.err.printf(
        "out of memory: tried to allocate %d MiB but the slice has %d MiB"
            + " (CUDA error 2: out of memory)%n",
        askedMb, limitMb);
    return EXIT_OUT_OF_MEMORY;
  }
}
