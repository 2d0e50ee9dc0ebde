package io.computility.core.pool.policy;

import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import java.util.random.RandomGenerator;

/**
 * Card selection inside a chosen node, as the reference GPU-share plugin does it: a sharing pod
 * goes to the tightest card that still fits it (best fit) or to a random fitting card; a pod that
 * takes whole cards gets the first free ones by index.
 */
public final class GpuPicker {

  private static final int[] NONE = new int[0];

  private GpuPicker() {}

  public static int[] bestFit(Pool pool, int node, PodRequest r) {
    if (!r.isGpuSharing()) {
      return firstFit(pool, node, r);
    }
    int chosen = -1;
    for (int g = 0; g < pool.gpuCount(node); g++) {
      int free = pool.gpuFree(node, g);
      if (free >= r.gpuMilli() && (chosen < 0 || free < pool.gpuFree(node, chosen))) {
        chosen = g;
      }
    }
    return single(chosen, r);
  }

  public static int[] random(Pool pool, int node, PodRequest r, RandomGenerator random) {
    if (!r.isGpuSharing()) {
      return firstFit(pool, node, r);
    }
    int chosen = -1;
    int seen = 0;
    for (int g = 0; g < pool.gpuCount(node); g++) {
      if (pool.gpuFree(node, g) >= r.gpuMilli() && random.nextInt(++seen) == 0) {
        chosen = g;
      }
    }
    return single(chosen, r);
  }

  /**
   * Puts into {@code order[0..k)} the cards a non-sharing request takes: fitting, tightest first;
   * returns k. {@code order} is the caller's scratch array, at least as long as the node's cards.
   */
  static int leastSufficient(Pool pool, int node, PodRequest r, int[] order) {
    int k = 0;
    for (int g = 0; g < pool.gpuCount(node); g++) {
      if (pool.gpuFree(node, g) >= r.gpuMilli()) {
        int j = k - 1;
        while (j >= 0 && pool.gpuFree(node, order[j]) > pool.gpuFree(node, g)) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = g;
        k++;
      }
    }
    return Math.min(k, r.gpuCount());
  }

  /** The first {@code gpuCount} cards, by index, each with at least the per-card share free. */
  public static int[] firstFit(Pool pool, int node, PodRequest r) {
    if (!r.usesGpu()) {
      return NONE;
    }
    int[] out = new int[r.gpuCount()];
    int k = 0;
    for (int g = 0; g < pool.gpuCount(node) && k < out.length; g++) {
      if (pool.gpuFree(node, g) >= r.gpuMilli()) {
        out[k++] = g;
      }
    }
    if (k < out.length) {
      throw new IllegalStateException(r.name() + " does not fit on " + pool.spec(node).name());
    }
    return out;
  }

  private static int[] single(int chosen, PodRequest r) {
    if (chosen < 0) {
      throw new IllegalStateException(r.name() + " fits on no card");
    }
    return new int[] {chosen};
  }

  /** Whether a card before {@code g} on the node has exactly as much free milli as {@code g}. */
  static boolean sameFreeEarlier(Pool pool, int node, int g) {
    for (int h = 0; h < g; h++) {
      if (pool.gpuFree(node, h) == pool.gpuFree(node, g)) {
        return true;
      }
    }
    return false;
  }
}
