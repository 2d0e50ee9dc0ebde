package io.computility.sim.pool;

import io.computility.core.pool.Decision;
import io.computility.core.pool.FragmentationMeter;
import io.computility.core.pool.NodeScorePolicy;
import io.computility.core.pool.NodeSpec;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import io.computility.core.pool.PoolAllocator;
import io.computility.core.pool.TargetWorkload;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Replays an arrival sequence on a fresh pool with one policy, pod by pod, nobody leaving. After
 * each arrival it records the pool's GPU allocation ratio against the arrived GPU requests (both as
 * a share of the pool's GPU capacity). As the reference analysis does, the figure "at X % arrived"
 * is the mean over all arrivals whose arrived share rounds to X %. Equal scores go to the node
 * first in a seeded random order ({@link PoolAllocator#shuffledRanks}).
 */
public final class PoolReplay {

  /** CPU time of the replaying thread: wall time alone says little on a shared machine. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** The allocation curve is kept up to this arrived share, in percent. */
  public static final int MAX_PERCENT = 200;

  /*
   * Ties between equal scores go to one seeded random node order, fixed for the run: the reference
   * simulator breaks ties by the smallest node name after prefixing the names with a seeded random
   * permutation. With the file's order instead (nodes grouped by model), GpuPacking and
   * GpuClustering, which give CPU-only pods the same score everywhere, land 0.7 points low.
   */
  private static final long NODE_ORDER_SALT = 0x6E6F64654F726465L;

  private final List<NodeSpec> nodes;
  private final TargetWorkload target;
  private final int[] checkpoints;

  /** {@code checkpoints}: arrived shares of interest, in whole percent (e.g. 90 and 130). */
  public PoolReplay(List<NodeSpec> nodes, TargetWorkload target, int... checkpoints) {
    this.nodes = List.copyOf(nodes);
    this.target = target;
    this.checkpoints = checkpoints.clone();
  }

  public ReplayResult run(List<PodRequest> arrivals, NodeScorePolicy policy, long seed) {
    long start = System.nanoTime();
    long cpuStart = CPU.getCurrentThreadCpuTime();
    Pool pool = new Pool(nodes);
    PoolAllocator allocator =
        new PoolAllocator(
            pool,
            policy,
            new SplittableRandom(seed ^ 0x5DEECE66DL),
            PoolAllocator.shuffledRanks(pool.size(), new SplittableRandom(seed ^ NODE_ORDER_SALT)));
    FragmentationMeter meter = new FragmentationMeter(pool, target);
    double[] alloc = new double[checkpoints.length];
    double[] fragAmount = new double[checkpoints.length];
    double[] fragRate = new double[checkpoints.length];
    int[] samples = new int[checkpoints.length];
    double[] curveSum = new double[MAX_PERCENT + 1];
    int[] curveCount = new int[MAX_PERCENT + 1];
    long arrived = 0;
    int failed = 0;
    double capacity = pool.totalGpuMilli();
    for (PodRequest pod : arrivals) {
      arrived += pod.totalGpuMilli();
      Decision d = allocator.place(pod);
      if (!d.placed()) {
        failed++;
      }
      long percent = (long) Math.rint(100 * arrived / capacity);
      if (percent <= MAX_PERCENT) {
        curveSum[(int) percent] += pool.usedGpuMilli() / capacity;
        curveCount[(int) percent]++;
      }
      for (int c = 0; c < checkpoints.length; c++) {
        if (checkpoints[c] == percent) {
          alloc[c] += meter.allocationRatio();
          fragAmount[c] += meter.fragmentationAmount();
          fragRate[c] += meter.fragmentationRate();
          samples[c]++;
        }
      }
    }
    ReplayResult.Point[] points = new ReplayResult.Point[checkpoints.length];
    for (int c = 0; c < checkpoints.length; c++) {
      int k = samples[c];
      points[c] =
          k == 0
              ? new ReplayResult.Point(checkpoints[c], 0, Double.NaN, Double.NaN, Double.NaN)
              : new ReplayResult.Point(
                  checkpoints[c], k, alloc[c] / k, fragAmount[c] / k, fragRate[c] / k);
    }
    double[] curve = new double[MAX_PERCENT + 1];
    for (int p = 0; p <= MAX_PERCENT; p++) {
      curve[p] = curveCount[p] == 0 ? Double.NaN : curveSum[p] / curveCount[p];
    }
    return new ReplayResult(
        policy.name(),
        arrivals.size(),
        failed,
        arrived / capacity,
        meter.allocationRatio(),
        List.of(points),
        curve,
        System.nanoTime() - start,
        CPU.getCurrentThreadCpuTime() - cpuStart);
  }
}
