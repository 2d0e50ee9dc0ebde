package io.computility.core.pool.policy;

import io.computility.core.pool.NodeScorePolicy;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Random: any node that fits, with equal odds, and a random fitting card for a sharing pod. Each
 * fitting node draws an independent random score, so the maximum is uniform over them whatever the
 * allocator's tie-break order.
 */
public final class RandomPolicy implements NodeScorePolicy {

  private final RandomGenerator random;

  public RandomPolicy(long seed) {
    this.random = new SplittableRandom(seed);
  }

  @Override
  public String name() {
    return "Random";
  }

  @Override
  public long score(Pool pool, int node, PodRequest request) {
    return random.nextLong();
  }

  @Override
  public int[] selectGpus(Pool pool, int node, PodRequest request, RandomGenerator random) {
    return GpuPicker.random(pool, node, request, random);
  }
}
