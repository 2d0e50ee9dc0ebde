package io.computility.core.pool.policy;

import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a policy already computed, per node and request shape, valid while the node's revision
 * stays the same. Between two arrivals only the node that took the previous pod changes, and a
 * trace repeats a few dozen shapes, so most scores of a replay are look-ups. Only for policies
 * whose score depends on nothing but the node's state and the request's CPU and GPU ask.
 */
final class ShapeScoreCache {

  private record Shape(long cpuMilli, int gpuCount, int gpuMilli, List<String> gpuModels) {}

  private final Map<Shape, Integer> ids = new HashMap<>();
  private Pool pool;
  private PodRequest lastRequest;
  private int shape;
  private int[][] revision = new int[0][];
  private long[][] score = new long[0][];
  private int[][] card = new int[0][];

  /** Points the cache at {@code r}'s shape; cheap when called again with the same request. */
  void use(Pool p, PodRequest r) {
    if (p != pool) {
      pool = p;
      ids.clear();
      revision = new int[p.size()][];
      score = new long[p.size()][];
      card = new int[p.size()][];
      lastRequest = null;
    }
    if (r != lastRequest) {
      lastRequest = r;
      shape =
          ids.computeIfAbsent(
              new Shape(r.cpuMilli(), r.gpuCount(), r.gpuMilli(), r.gpuModels()), k -> ids.size());
    }
  }

  /** Whether {@link #score} and {@link #card} hold the node's values for the current shape. */
  boolean has(int node) {
    int[] rev = revision[node];
    return rev != null && shape < rev.length && rev[shape] == pool.revision(node);
  }

  long score(int node) {
    return score[node][shape];
  }

  int card(int node) {
    return card[node][shape];
  }

  void put(int node, long value, int bestCard) {
    if (revision[node] == null || shape >= revision[node].length) {
      int size = Math.max(shape + 1, 2 * (revision[node] == null ? 8 : revision[node].length));
      int old = revision[node] == null ? 0 : revision[node].length;
      revision[node] = revision[node] == null ? new int[size] : Arrays.copyOf(revision[node], size);
      Arrays.fill(revision[node], old, size, -1);
      score[node] = score[node] == null ? new long[size] : Arrays.copyOf(score[node], size);
      card[node] = card[node] == null ? new int[size] : Arrays.copyOf(card[node], size);
    }
    revision[node][shape] = pool.revision(node);
    score[node][shape] = value;
    card[node][shape] = bestCard;
  }
}
