package io.computility.core.pool;

import java.util.List;

/**
 * The free capacity of every node of a pool, kept in primitive arrays because policies read it for
 * every node on every placement. Nodes are addressed by their index in the declaration order. Each
 * mutation bumps the node's revision so that callers can cache per-node derived values.
 */
public final class Pool {

  /** Thousandths of a card: the unit of every GPU quantity in this package. */
  public static final int GPU_MILLI = 1000;

  private final NodeSpec[] specs;
  private final long[] cpuFree;
  private final long[] memFree;
  private final int[][] gpuFree;
  private final long[] gpuFreeTotal;
  private final int[] revision;
  private final PodMix mix;
  private final long totalGpuMilli;
  private long freeGpuMilli;

  public Pool(List<NodeSpec> nodes) {
    int n = nodes.size();
    specs = nodes.toArray(new NodeSpec[0]);
    cpuFree = new long[n];
    memFree = new long[n];
    gpuFree = new int[n][];
    gpuFreeTotal = new long[n];
    revision = new int[n];
    int maxGpus = 0;
    long total = 0;
    for (int i = 0; i < n; i++) {
      NodeSpec s = specs[i];
      cpuFree[i] = s.cpuMilli();
      memFree[i] = s.memoryMib();
      gpuFree[i] = new int[s.gpuCount()];
      java.util.Arrays.fill(gpuFree[i], GPU_MILLI);
      gpuFreeTotal[i] = s.gpuMilli();
      total += s.gpuMilli();
      maxGpus = Math.max(maxGpus, s.gpuCount());
    }
    mix = new PodMix(n, maxGpus);
    totalGpuMilli = total;
    freeGpuMilli = total;
  }

  public int size() {
    return specs.length;
  }

  public NodeSpec spec(int node) {
    return specs[node];
  }

  public long cpuFree(int node) {
    return cpuFree[node];
  }

  public long memoryFree(int node) {
    return memFree[node];
  }

  public int gpuCount(int node) {
    return gpuFree[node].length;
  }

  public int gpuFree(int node, int gpu) {
    return gpuFree[node][gpu];
  }

  /** Copies the node's per-card free milli into {@code into} (at least {@link #gpuCount} long). */
  public void copyGpuFree(int node, int[] into) {
    System.arraycopy(gpuFree[node], 0, into, 0, gpuFree[node].length);
  }

  public long gpuFreeTotal(int node) {
    return gpuFreeTotal[node];
  }

  public int fullyFreeGpus(int node) {
    int c = 0;
    for (int f : gpuFree[node]) {
      if (f == GPU_MILLI) {
        c++;
      }
    }
    return c;
  }

  /** How many of the node's cards could each give {@code milli} to a pod. */
  public int gpusWithAtLeast(int node, int milli) {
    int c = 0;
    for (int f : gpuFree[node]) {
      if (f >= milli) {
        c++;
      }
    }
    return c;
  }

  public int revision(int node) {
    return revision[node];
  }

  /** The GPU pods placed on each node, by kind, for affinity-based policies. */
  public PodMix mix() {
    return mix;
  }

  public long totalGpuMilli() {
    return totalGpuMilli;
  }

  public long usedGpuMilli() {
    return totalGpuMilli - freeGpuMilli;
  }

  /** Why the node cannot take the request, or null when it can. */
  public Misfit misfit(int node, PodRequest r) {
    if (cpuFree[node] < r.cpuMilli()) {
      return Misfit.CPU;
    }
    if (memFree[node] < r.memoryMib()) {
      return Misfit.MEMORY;
    }
    if (r.usesGpu()) {
      if (gpuFree[node].length == 0 || !r.acceptsModel(specs[node].gpuModel())) {
        return Misfit.GPU_MODEL;
      }
      if (gpusWithAtLeast(node, r.gpuMilli()) < r.gpuCount()) {
        return Misfit.GPU;
      }
    }
    return null;
  }

  public boolean fits(int node, PodRequest r) {
    return misfit(node, r) == null;
  }

  /**
   * Takes the request's resources on {@code node}, one share of {@code gpus[i]} per listed card.
   */
  public void commit(int node, PodRequest r, int[] gpus) {
    checkGpus(node, r, gpus, true);
    apply(node, r, gpus, -1);
    mix.add(node, r, 1);
  }

  /** Gives back what {@link #commit} took. */
  public void release(int node, PodRequest r, int[] gpus) {
    checkGpus(node, r, gpus, false);
    apply(node, r, gpus, 1);
    mix.add(node, r, -1);
  }

  private void apply(int node, PodRequest r, int[] gpus, int sign) {
    cpuFree[node] += sign * r.cpuMilli();
    memFree[node] += sign * r.memoryMib();
    for (int g : gpus) {
      gpuFree[node][g] += sign * r.gpuMilli();
    }
    gpuFreeTotal[node] += sign * r.totalGpuMilli();
    freeGpuMilli += sign * r.totalGpuMilli();
    revision[node]++;
  }

  private void checkGpus(int node, PodRequest r, int[] gpus, boolean taking) {
    if (gpus.length != r.gpuCount()) {
      throw new IllegalArgumentException(
          r.name() + " needs " + r.gpuCount() + " cards, got " + gpus.length);
    }
    if (taking && (cpuFree[node] < r.cpuMilli() || memFree[node] < r.memoryMib())) {
      throw new IllegalStateException(r.name() + " does not fit on " + specs[node].name());
    }
    for (int i = 0; i < gpus.length; i++) {
      for (int j = 0; j < i; j++) {
        if (gpus[i] == gpus[j]) {
          throw new IllegalArgumentException(r.name() + " lists card " + gpus[i] + " twice");
        }
      }
      int free = gpuFree[node][gpus[i]];
      if (taking ? free < r.gpuMilli() : free + r.gpuMilli() > GPU_MILLI) {
        throw new IllegalStateException(
            r.name() + " card " + gpus[i] + " on " + specs[node].name());
      }
    }
  }
}
