package io.computility.core.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GPU fragmentation of a node measured against a {@link TargetWorkload} (FGD paper, section 4.1).
 * For one pod shape, the node's idle GPU milli is fragment when the shape cannot run there (no
 * accessible card, too few cards with enough free milli, or too little CPU); when it can run, only
 * the cards too small for its per-card share are fragment. The node's fragmentation is the
 * expectation over the workload's shapes. CPU-only shapes can use no GPU, so for them all idle GPU
 * milli counts, as in the reference simulator. Memory is ignored, as there.
 *
 * <p>Shapes are grouped by (per-card milli, card count, models) with their CPU needs sorted, and
 * groups are ordered by decreasing per-card milli: one evaluation sorts the node's cards once and
 * walks groups and cards together, plus a binary search per group. Not thread-safe.
 */
public final class Fragmentation {

  private final int[] milli;
  private final int[] count;
  private final List<List<String>> models;
  private final long[][] cpu;
  private final double[][] weightUpTo;
  private final double totalWeight;
  private int[] scratch = new int[8];
  private int[] sorted = new int[8];
  private long[] prefix = new long[9];

  public Fragmentation(TargetWorkload workload) {
    Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
    double total = 0;
    for (int i = 0; i < workload.size(); i++) {
      TargetWorkload.Shape s = workload.shape(i);
      total += workload.weight(i);
      if (s.gpuCount() > 0) {
        groups
            .computeIfAbsent(
                List.of(s.gpuMilli(), s.gpuCount(), s.gpuModels()), k -> new ArrayList<>())
            .add(i);
      }
    }
    totalWeight = total;
    List<List<Integer>> ordered = new ArrayList<>(groups.values());
    ordered.sort(
        (a, b) ->
            Integer.compare(
                workload.shape(b.get(0)).gpuMilli(), workload.shape(a.get(0)).gpuMilli()));
    int g = ordered.size();
    milli = new int[g];
    count = new int[g];
    models = new ArrayList<>();
    cpu = new long[g][];
    weightUpTo = new double[g][];
    int k = 0;
    for (List<Integer> members : ordered) {
      TargetWorkload.Shape first = workload.shape(members.get(0));
      milli[k] = first.gpuMilli();
      count[k] = first.gpuCount();
      models.add(first.gpuModels());
      Integer[] order = members.toArray(new Integer[0]);
      Arrays.sort(
          order,
          (a, b) -> Long.compare(workload.shape(a).cpuMilli(), workload.shape(b).cpuMilli()));
      cpu[k] = new long[order.length];
      weightUpTo[k] = new double[order.length + 1];
      for (int j = 0; j < order.length; j++) {
        cpu[k][j] = workload.shape(order[j]).cpuMilli();
        weightUpTo[k][j + 1] = weightUpTo[k][j] + workload.weight(order[j]);
      }
      k++;
    }
  }

  /** Expected fragment GPU milli of the node in its current state. */
  public double nodeFragMilli(Pool pool, int node) {
    int gpus = pool.gpuCount(node);
    if (gpus > scratch.length) {
      scratch = new int[gpus];
    }
    pool.copyGpuFree(node, scratch);
    return fragMilli(pool.spec(node).gpuModel(), pool.cpuFree(node), scratch, gpus);
  }

  /**
   * Expected fragment GPU milli of a node of model {@code model} in the given (maybe hypothetical)
   * state.
   */
  public double fragMilli(String model, long cpuFree, int[] gpuFree, int gpus) {
    if (gpus > sorted.length) {
      sorted = new int[gpus];
      prefix = new long[gpus + 1];
    }
    for (int i = 0; i < gpus; i++) { // insertion sort, descending: nodes have a handful of cards
      int v = gpuFree[i];
      int j = i - 1;
      while (j >= 0 && sorted[j] < v) {
        sorted[j + 1] = sorted[j];
        j--;
      }
      sorted[j + 1] = v;
    }
    for (int i = 0; i < gpus; i++) {
      prefix[i + 1] = prefix[i] + sorted[i];
    }
    long idle = prefix[gpus];
    if (idle == 0) {
      return 0;
    }
    double frag = totalWeight * idle;
    int fitting = 0;
    for (int g = 0; g < milli.length; g++) { // decreasing per-card need: fitting only grows
      while (fitting < gpus && sorted[fitting] >= milli[g]) {
        fitting++;
      }
      if (fitting < count[g] || (!models.get(g).isEmpty() && !models.get(g).contains(model))) {
        continue;
      }
      frag -= satisfiedWeight(g, cpuFree) * prefix[fitting];
    }
    return frag;
  }

  /** Total weight of the group's shapes whose CPU need is at most {@code cpuFree}. */
  private double satisfiedWeight(int g, long cpuFree) {
    long[] c = cpu[g];
    // Fast answer when every shape's CPU need is met (the vGPU pool asks no CPU): the whole group.
    if (c.length == 0 || cpuFree >= c[c.length - 1]) return weightUpTo[g][c.length];
    int lo = 0;
    int hi = c.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (c[mid] <= cpuFree) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return weightUpTo[g][lo];
  }
}
