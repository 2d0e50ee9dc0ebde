package io.computility.core.pool;

/**
 * Counts, per node, the GPU pods placed there by kind: kind 0 shares a card, kind k takes k whole
 * cards. GPU-clustering policies group pods of one kind on the same nodes.
 */
public final class PodMix {

  private final int[][] counts;
  private final int[] kinds;

  PodMix(int nodes, int maxGpus) {
    counts = new int[nodes][maxGpus + 1];
    kinds = new int[nodes];
  }

  /** The kind of a request, or -1 for a CPU-only pod which belongs to no kind. */
  public static int kindOf(PodRequest r) {
    if (!r.usesGpu()) {
      return -1;
    }
    return r.gpuMilli() < Pool.GPU_MILLI ? 0 : r.gpuCount();
  }

  public int count(int node, int kind) {
    return kind < 0 || kind >= counts[node].length ? 0 : counts[node][kind];
  }

  /** Number of distinct kinds present on the node. */
  public int kinds(int node) {
    return kinds[node];
  }

  void add(int node, PodRequest r, int delta) {
    int kind = kindOf(r);
    if (kind < 0) {
      return;
    }
    int before = counts[node][kind];
    counts[node][kind] = before + delta;
    if (before == 0 && delta > 0) {
      kinds[node]++;
    } else if (before + delta == 0) {
      kinds[node]--;
    }
  }
}
