package io.computility.core.pool;

import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Places requests one at a time on a {@link Pool} with a {@link NodeScorePolicy}: filter, score,
 * pick the best node, pick cards, commit. Requests that fit nowhere are left untouched, not queued.
 *
 * <p>Equal scores go to the node of lowest rank. The ranks are a fixed priority order over the
 * nodes: the reference simulator breaks ties by the smallest node name after prefixing names with a
 * seeded random permutation, i.e. by a random order that stays the same for the whole run, which
 * makes ties concentrate load instead of spreading it. {@link #shuffledRanks} builds such an order.
 */
public final class PoolAllocator {

  private final Pool pool;
  private final NodeScorePolicy policy;
  private final RandomGenerator random;
  private final int[] rank;

  /** Ties go to the node declared first. */
  public PoolAllocator(Pool pool, NodeScorePolicy policy, RandomGenerator random) {
    this(pool, policy, random, identity(pool.size()));
  }

  /**
   * @param random used by policies that pick cards at random
   * @param rank one distinct value per node; among equal scores the lowest rank wins
   */
  public PoolAllocator(Pool pool, NodeScorePolicy policy, RandomGenerator random, int[] rank) {
    if (rank.length != pool.size()) {
      throw new IllegalArgumentException("one rank per node");
    }
    this.pool = pool;
    this.policy = policy;
    this.random = random;
    this.rank = rank.clone();
  }

  /** A uniformly random priority order over {@code nodes} nodes. */
  public static int[] shuffledRanks(int nodes, RandomGenerator random) {
    int[] r = identity(nodes);
    for (int i = nodes - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = r[i];
      r[i] = r[j];
      r[j] = t;
    }
    return r;
  }

  private static int[] identity(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
    }
    return r;
  }

  public Pool pool() {
    return pool;
  }

  public NodeScorePolicy policy() {
    return policy;
  }

  public Decision place(PodRequest request) {
    int chosen = -1;
    long best = Long.MIN_VALUE;
    for (int n = 0, size = pool.size(); n < size; n++) {
      if (!pool.fits(n, request)) {
        continue;
      }
      long s = policy.score(pool, n, request);
      if (s > best || (s == best && rank[n] < rank[chosen])) {
        best = s;
        chosen = n;
      }
    }
    if (chosen < 0) {
      return new Decision.Unschedulable(reason(request));
    }
    int[] gpus = policy.selectGpus(pool, chosen, request, random);
    pool.commit(chosen, request, gpus);
    return new Decision.Placed(chosen, pool.spec(chosen).name(), gpus);
  }

  /** Returns the resources of a request placed earlier by {@link #place}. */
  public void release(PodRequest request, Decision.Placed placed) {
    pool.release(placed.node(), request, placed.gpus());
  }

  private String reason(PodRequest request) {
    Map<Misfit, Integer> tally = new EnumMap<>(Misfit.class);
    for (int n = 0; n < pool.size(); n++) {
      Misfit m = pool.misfit(n, request);
      if (m != null) {
        tally.merge(m, 1, Integer::sum);
      }
    }
    return "no node fits " + request.name() + " " + tally;
  }
}
