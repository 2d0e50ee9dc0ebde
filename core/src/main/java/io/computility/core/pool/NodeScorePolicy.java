package io.computility.core.pool;

import java.util.random.RandomGenerator;

/**
 * A node-scoring placement policy in the style of a Kubernetes score plugin: the allocator filters
 * the nodes that fit, asks the policy for an integer score per node (higher is better), breaks ties
 * by a fixed node priority order, then asks the policy which cards of the chosen node to use.
 * Scores are integers on purpose: the reference plugins quantise to 0..100 and the resulting ties
 * are part of each baseline's behaviour.
 */
public interface NodeScorePolicy {

  String name();

  /** Score of placing {@code request} on {@code node}; called only for nodes that fit. */
  long score(Pool pool, int node, PodRequest request);

  /** The cards of {@code node} to give to {@code request} (node fits), one index per card. */
  int[] selectGpus(Pool pool, int node, PodRequest request, RandomGenerator random);
}
