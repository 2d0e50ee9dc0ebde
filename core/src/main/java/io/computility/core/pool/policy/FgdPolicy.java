package io.computility.core.pool.policy;

import io.computility.core.pool.Fragmentation;
import io.computility.core.pool.NodeScorePolicy;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import io.computility.core.pool.TargetWorkload;
import java.util.random.RandomGenerator;

/**
 * Fragmentation Gradient Descent (Weng et al., ATC'23): place the pod where it increases the node's
 * expected fragmentation (against the target workload) the least. A sharing pod is tried on every
 * card that fits it and keeps its best card; a pod of whole cards takes the least sufficient cards;
 * a CPU-only pod only changes the node's free CPU. The gradient {@code before - after}, in milli,
 * is squashed as the reference plugin does, {@code (long) (100 * sigmoid(delta / 1000))}, so nearly
 * equal gradients tie and are broken at random. Current node fragmentation is cached by node
 * revision. Not thread-safe.
 */
public final class FgdPolicy implements NodeScorePolicy {

  private final Fragmentation fragmentation;
  private Pool cachedPool;
  private double[] before = new double[0];
  private int[] beforeRevision = new int[0];
  private int[] cards = new int[8];
  private int[] order = new int[8];
  private int lastBestCard;
  private final ShapeScoreCache scores = new ShapeScoreCache();

  public FgdPolicy(TargetWorkload workload) {
    this.fragmentation = new Fragmentation(workload);
  }

  @Override
  public String name() {
    return "FGD";
  }

  @Override
  public long score(Pool pool, int node, PodRequest r) {
    scores.use(pool, r);
    if (!scores.has(node)) {
      long s = computeScore(pool, node, r);
      scores.put(node, s, lastBestCard);
    }
    lastBestCard = scores.card(node);
    return scores.score(node);
  }

  private long computeScore(Pool pool, int node, PodRequest r) {
    lastBestCard = -1;
    double current = currentFrag(pool, node);
    String model = pool.spec(node).gpuModel();
    int n = pool.gpuCount(node);
    long cpuAfter = pool.cpuFree(node) - r.cpuMilli();
    if (cards.length < n) {
      cards = new int[n];
      order = new int[n];
    }
    if (r.isGpuSharing()) {
      long best = Long.MIN_VALUE;
      lastBestCard = -1;
      for (int g = 0; g < n; g++) {
        int free = pool.gpuFree(node, g);
        if (free < r.gpuMilli() || GpuPicker.sameFreeEarlier(pool, node, g)) {
          continue; // cards with equal free milli lead to the same state; the first one wins ties
        }
        pool.copyGpuFree(node, cards);
        cards[g] -= r.gpuMilli();
        long s = squash(current - fragmentation.fragMilli(model, cpuAfter, cards, n));
        if (s > best) {
          best = s;
          lastBestCard = g;
        }
      }
      return best;
    }
    pool.copyGpuFree(node, cards);
    takeLeastSufficient(pool, node, r);
    return squash(current - fragmentation.fragMilli(model, cpuAfter, cards, n));
  }

  @Override
  public int[] selectGpus(Pool pool, int node, PodRequest r, RandomGenerator random) {
    if (r.isGpuSharing()) {
      score(pool, node, r);
      return new int[] {lastBestCard};
    }
    if (!r.usesGpu()) {
      return new int[0];
    }
    int k = GpuPicker.leastSufficient(pool, node, r, order);
    int[] out = new int[r.gpuCount()];
    System.arraycopy(order, 0, out, 0, k);
    java.util.Arrays.sort(out);
    return out;
  }

  static long squash(double deltaMilli) {
    return (long) (100 / (1 + Math.exp(-deltaMilli / 1000)));
  }

  /** Subtracts the request from {@code cards}, on the least sufficient cards. */
  private void takeLeastSufficient(Pool pool, int node, PodRequest r) {
    int k = GpuPicker.leastSufficient(pool, node, r, order);
    for (int i = 0; i < k; i++) {
      cards[order[i]] -= r.gpuMilli();
    }
  }

  private double currentFrag(Pool pool, int node) {
    if (cachedPool != pool || before.length != pool.size()) {
      cachedPool = pool;
      before = new double[pool.size()];
      beforeRevision = new int[pool.size()];
      java.util.Arrays.fill(beforeRevision, -1);
    }
    if (beforeRevision[node] != pool.revision(node)) {
      before[node] = fragmentation.nodeFragMilli(pool, node);
      beforeRevision[node] = pool.revision(node);
    }
    return before[node];
  }
}
