package io.computility.core.pool.policy;

import io.computility.core.pool.NodeScorePolicy;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import java.util.random.RandomGenerator;

/**
 * BestFit: the node with the least CPU and GPU left after placement, each dimension normalised by
 * the largest node spec and weighted one half. Score {@code 100 * (1 - leftover)} truncated, as the
 * reference plugin (its later min-max rescaling keeps the order and the ties, so it is omitted).
 * Cards: best fit.
 */
public final class BestFitPolicy implements NodeScorePolicy {

  @Override
  public String name() {
    return "BestFit";
  }

  @Override
  public long score(Pool pool, int node, PodRequest r) {
    double cpuLeft = (pool.cpuFree(node) - r.cpuMilli()) / DotProductPolicy.MAX_CPU_MILLI;
    double gpuLeft = (pool.gpuFreeTotal(node) - r.totalGpuMilli()) / DotProductPolicy.MAX_GPU_MILLI;
    double leftover = 0.5 * cpuLeft + 0.5 * gpuLeft;
    return (long) ((1 - leftover) * 100);
  }

  @Override
  public int[] selectGpus(Pool pool, int node, PodRequest request, RandomGenerator random) {
    return GpuPicker.bestFit(pool, node, request);
  }
}
