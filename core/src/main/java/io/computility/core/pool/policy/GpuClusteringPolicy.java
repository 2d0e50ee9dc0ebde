package io.computility.core.pool.policy;

import io.computility.core.pool.NodeScorePolicy;
import io.computility.core.pool.PodMix;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import java.util.random.RandomGenerator;

/**
 * GpuClustering: keep GPU pods of one kind (sharing, 1 card, 2 cards, ...) together. Bands of 25
 * points: only this kind on the node (75..100), this kind among others (50..75), no GPU pod yet
 * (25..50), only other kinds (0..25); inside a band, the less GPU left the better. Integer
 * arithmetic as in the reference plugin. CPU-only pods score 0 everywhere. Cards: best fit.
 */
public final class GpuClusteringPolicy implements NodeScorePolicy {

  private static final long MAX_GPU_MILLI = 8_000;

  @Override
  public String name() {
    return "GpuClustering";
  }

  @Override
  public long score(Pool pool, int node, PodRequest r) {
    int kind = PodMix.kindOf(r);
    if (kind < 0) {
      return 0;
    }
    long inBand = 25 * (MAX_GPU_MILLI - pool.gpuFreeTotal(node)) / MAX_GPU_MILLI;
    PodMix mix = pool.mix();
    int kinds = mix.kinds(node);
    if (mix.count(node, kind) > 0) {
      return inBand + (kinds == 1 ? 75 : 50);
    }
    return inBand + (kinds == 0 ? 25 : 0);
  }

  @Override
  public int[] selectGpus(Pool pool, int node, PodRequest request, RandomGenerator random) {
    return GpuPicker.bestFit(pool, node, request);
  }
}
