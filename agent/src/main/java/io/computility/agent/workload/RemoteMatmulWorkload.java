package io.computility.agent.workload;

import io.computility.agent.remote.RemoteCallException;
import io.computility.agent.remote.RemoteDevice;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A test workload for a remote slice (POOL-T12.3): it runs on a node without cards and does its
 * compute on the slice another node's agent serves. It holds {@code --memory-mb} of remote device
 * memory, uploads two n x n matrices drawn from {@code java.util.Random(seed)} and {@code
 * Random(seed + 1)} (values {@code nextFloat() - 0.5}), and multiplies them remotely, reading the
 * product back, until {@code --seconds} have passed; each product's sum is printed so a checker can
 * recompute it. After the first product it asks for {@code --overask-mb} more memory, which a slice
 * too small must refuse; it then carries on.
 *
 * <p>{@code RemoteMatmulWorkload [--n 192] [--seconds 10] [--memory-mb 16] [--overask-mb 0] [--seed
 * 7]}
 */
public final class RemoteMatmulWorkload {
  private final RemoteDevice device;
  private final PrintStream out;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final long n;
  private final long seconds;
  private final long memoryMb;
  private final long overaskMb;
  private final long seed;

  RemoteMatmulWorkload(RemoteDevice device, PrintStream out, long[] options) {
    this.device = device;
    this.out = out;
    this.n = options[0];
    this.seconds = options[1];
    this.memoryMb = options[2];
    this.overaskMb = options[3];
    this.seed = options[4];
  }

  public static void main(String[] args) {
    RemoteMatmulWorkload w;
    try {
      w =
          new RemoteMatmulWorkload(
              RemoteDevice.fromEnvironment(System.getenv()), System.out, options(args));
    } catch (IllegalArgumentException e) {
      System.err.println("RemoteMatmulWorkload: " + e.getMessage());
      System.exit(SliceWorkload.EXIT_USAGE);
      return;
    }
    TermSignal.onTerm(() -> w.stopped.set(true));
    System.exit(w.run());
  }

  static long[] options(String[] args) {
    long[] o = {192, 10, 16, 0, 7};
    String[] names = {"--n", "--seconds", "--memory-mb", "--overask-mb", "--seed"};
    for (int i = 0; i < args.length; i += 2) {
      int at = java.util.Arrays.asList(names).indexOf(args[i]);
      if (at < 0) throw new IllegalArgumentException("unknown option " + args[i]);
      if (i + 1 >= args.length) throw new IllegalArgumentException(args[i] + " needs a value");
      try {
        o[at] = Long.parseLong(args[i + 1]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(args[i] + " must be a whole number");
      }
    }
    if (o[0] < 1 || o[0] > 2048) throw new IllegalArgumentException("--n must be 1..2048");
    return o;
  }

  /** The matrix both sides draw from {@code seed}: the checker recomputes it the same way. */
  public static float[] matrix(long seed, int n) {
    Random r = new Random(seed);
    float[] m = new float[n * n];
    for (int i = 0; i < m.length; i++) m[i] = r.nextFloat() - 0.5f;
    return m;
  }

  int run() {
    int size = (int) n;
    try {
      var info = device.info();
      out.printf(
          "remote slice on_node=%s limit_memory_mb=%d core_percent=%d%n",
          System.getenv("COMPUTILITY_NODE"),
          info.path("memoryMb").asLong(),
          info.path("computePercent").asInt());
      if (memoryMb > 0) device.allocate(memoryMb * 262_144L);
      int a = device.allocate((long) size * size);
      int b = device.allocate((long) size * size);
      int c = device.allocate((long) size * size);
      device.write(a, matrix(seed, size));
      device.write(b, matrix(seed + 1, size));
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      long iterations = 0;
      double checksum = 0;
      do {
        device.matmul(a, b, c, size, size, size);
        checksum = 0;
        for (float v : device.read(c)) checksum += v;
        iterations++;
        out.printf("remote iteration=%d checksum=%.6f%n", iterations, checksum);
        if (iterations == 1 && overaskMb > 0) overask();
        out.flush();
      } while (!stopped.get() && System.nanoTime() < end);
      out.printf("remote done iterations=%d checksum=%.6f%n", iterations, checksum);
      out.flush();
      return 0;
    } catch (IOException e) {
      System.err.println("remote call failed: " + e.getMessage());
      return 1;
    }
  }

  private void overask() throws IOException {
    try {
      device.allocate(overaskMb * 262_144L);
      out.printf("remote alloc of %d MiB granted%n", overaskMb);
    } catch (RemoteCallException e) {
      if (!e.outOfMemory()) throw e;
      out.printf("remote alloc refused: %s%n", e.getMessage());
    }
  }
}
