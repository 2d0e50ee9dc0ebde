package io.computility.agent.remote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One granted slice served to a task on another node: its device memory (buffers counted against
 * the slice's memory limit) and its kernels (run one at a time, as on one stream, and paced so the
 * slice keeps to its compute share). On a fake card buffers live in this agent's heap and kernels
 * run on its CPU, so the memory and busy time reported are real, just not a GPU's.
 */
public final class RemoteSlice {
  private static final long MIB = 1024L * 1024L;

  final String taskId;
  private final byte[] token;
  private volatile int computePercent;
  private volatile long memoryMb;
  private final Map<Integer, float[]> buffers = new ConcurrentHashMap<>();
  private final AtomicInteger nextBuffer = new AtomicInteger(1);
  private long usedBytes;
  private final BusyMeter meter = new BusyMeter(System::nanoTime, 1_000_000_000L);
  private final Object stream = new Object();
  private long notBefore;

  public RemoteSlice(String taskId, String token, int computePercent, long memoryMb) {
    this.taskId = taskId;
    this.token = token.getBytes(StandardCharsets.UTF_8);
    resize(computePercent, memoryMb);
  }

  /** Constant-time check of a client's token. */
  public boolean admits(String presented) {
    return presented != null
        && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
  }

  /** A live resize from the controller; memory already held stays held. */
  public void resize(int computePercent, long memoryMb) {
    this.computePercent = computePercent;
    this.memoryMb = memoryMb;
  }

  /** Allocates a zeroed buffer of {@code floats} 4-byte elements; answers its handle. */
  public int allocate(long floats) throws DeviceOutOfMemoryException {
    if (floats < 1 || floats > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("floats must be 1.." + (Integer.MAX_VALUE - 8));
    }
    long bytes = floats * 4;
    synchronized (this) {
      if (usedBytes + bytes > memoryMb * MIB) {
        throw new DeviceOutOfMemoryException(
            String.format(
                "out of device memory: %d MiB asked, %d MiB of the slice's %d MiB in use",
                ceilMib(bytes), ceilMib(usedBytes), memoryMb));
      }
      usedBytes += bytes;
    }
    int handle = nextBuffer.getAndIncrement();
    buffers.put(handle, new float[(int) floats]);
    return handle;
  }

  public void free(int handle) {
    float[] b = buffers.remove(handle);
    if (b != null) {
      synchronized (this) {
        usedBytes -= 4L * b.length;
      }
    }
  }

  public float[] buffer(int handle) {
    float[] b = buffers.get(handle);
    if (b == null) throw new IllegalArgumentException("no buffer " + handle + " in this slice");
    return b;
  }

  /**
   * Runs a kernel on this slice's stream: waits for the pause the previous kernel earned, runs,
   * records the busy time and sets the next pause, so busy / wall stays at the compute share.
   */
  public <T> T execute(Supplier<T> kernel) throws InterruptedException {
    synchronized (stream) {
      long wait = notBefore - System.nanoTime();
      if (wait > 0) Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
      long start = System.nanoTime();
      try {
        return kernel.get();
      } finally {
        long end = System.nanoTime();
        meter.busy(start, end);
        notBefore = end + BusyMeter.pauseAfter(end - start, computePercent);
      }
    }
  }

  /** Device memory held, MiB rounded up. */
  public synchronized long usedMemoryMb() {
    return ceilMib(usedBytes);
  }

  /** Share of the card this slice kept busy over the last second. */
  public int busyPercent() {
    return meter.percent();
  }

  public long totalBusyNs() {
    return meter.totalBusyNs();
  }

  public int computePercent() {
    return computePercent;
  }

  public long memoryMb() {
    return memoryMb;
  }

  /** Drops every buffer: the slice ends. */
  public void release() {
    buffers.keySet().forEach(this::free);
  }

  private static long ceilMib(long bytes) {
    return (bytes + MIB - 1) / MIB;
  }
}
