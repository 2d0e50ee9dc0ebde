package io.computility.core.pool.policy;

import io.computility.core.pool.NodeScorePolicy;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import java.util.random.RandomGenerator;

/**
 * DotProduct (Tetris-style alignment, as configured in the FGD study: CPU and all GPUs merged into
 * two dimensions, each normalised by the largest node spec). The score is {@code 100 * (1 - d/2)}
 * truncated, with d the dot product of the node's free vector and the pod's request vector, so a
 * node whose free resources align less with the request scores higher, exactly as the reference
 * plugin computes it. Cards: best fit.
 */
public final class DotProductPolicy implements NodeScorePolicy {

  /** Normalisers of the reference: 128 cores and 8 cards, the largest node of the trace. */
  static final double MAX_CPU_MILLI = 128_000;

  static final double MAX_GPU_MILLI = 8_000;

  @Override
  public String name() {
    return "DotProduct";
  }

  @Override
  public long score(Pool pool, int node, PodRequest r) {
    double cpu = (pool.cpuFree(node) / MAX_CPU_MILLI) * (r.cpuMilli() / MAX_CPU_MILLI);
    double gpu = (pool.gpuFreeTotal(node) / MAX_GPU_MILLI) * (r.totalGpuMilli() / MAX_GPU_MILLI);
    double product = (cpu + gpu) / 2;
    return (long) (100 * (1 - product));
  }

  @Override
  public int[] selectGpus(Pool pool, int node, PodRequest request, RandomGenerator random) {
    return GpuPicker.bestFit(pool, node, request);
  }
}
