package io.computility.core.pool.policy;

import io.computility.core.pool.NodeScorePolicy;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import java.util.random.RandomGenerator;

/**
 * GpuPacking: prefer, in this order, (1) nodes where the pod fits on partly used cards (the fuller
 * those cards the better), (2) used nodes where it needs free cards (the fewer the better), (3)
 * untouched nodes (smaller ones first). The bands 50..100, 33..50 and below 33 and the integer
 * arithmetic follow the reference plugin. CPU-only pods score 0 everywhere (random node). Cards:
 * best fit.
 */
public final class GpuPackingPolicy implements NodeScorePolicy {

  private int[] order = new int[8];

  @Override
  public String name() {
    return "GpuPacking";
  }

  @Override
  public long score(Pool pool, int node, PodRequest r) {
    if (!r.usesGpu()) {
      return 0;
    }
    int cards = pool.gpuCount(node);
    int fullyFree = pool.fullyFreeGpus(node);
    if (fullyFree == cards) {
      return Math.max(100 / 3 - fullyFree, fullyFree);
    }
    int n = ascendingByFree(pool, node);
    int needed = r.gpuCount();
    int freeCardsUsed = 0;
    long freePercentOnUsed = 0;
    for (int i = 0; i < n && needed > 0; i++) {
      int free = pool.gpuFree(node, order[i]);
      if (free >= r.gpuMilli()) {
        needed--;
        freePercentOnUsed += free * 100L / Pool.GPU_MILLI;
        if (free == Pool.GPU_MILLI) {
          freeCardsUsed++;
        }
      }
    }
    if (freeCardsUsed > 0) {
      return Math.max(100 / 2 - freeCardsUsed, 100 / 3);
    }
    return Math.max(100 - freePercentOnUsed / 10, 100 / 2);
  }

  /** Card indices sorted by free milli, ascending, stable by index (insertion sort: ≤ 8 cards). */
  private int ascendingByFree(Pool pool, int node) {
    int n = pool.gpuCount(node);
    if (order.length < n) {
      order = new int[n];
    }
    for (int i = 0; i < n; i++) {
      int g = i;
      int j = i - 1;
      while (j >= 0 && pool.gpuFree(node, order[j]) > pool.gpuFree(node, g)) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = g;
    }
    return n;
  }

  @Override
  public int[] selectGpus(Pool pool, int node, PodRequest request, RandomGenerator random) {
    return GpuPicker.bestFit(pool, node, request);
  }
}
