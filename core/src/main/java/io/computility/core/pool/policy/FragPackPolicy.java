package io.computility.core.pool.policy;

import io.computility.core.pool.CardWaste;
import io.computility.core.pool.Fragmentation;
import io.computility.core.pool.NodeScorePolicy;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import io.computility.core.pool.TargetWorkload;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Computility's pool policy (the pool's default). It minimises the growth of a node's expected
 * waste, in GPU milli, made of four parts:
 *
 * <ol>
 *   <li>FGD's fragmentation against the target workload ({@link Fragmentation});
 *   <li>{@value #LOOK_AHEAD} × the look-ahead waste of the cards touched ({@link CardWaste});
 *   <li>the node's GPU milli that will starve for CPU: idle GPU beyond what the node's free CPU can
 *       serve at {@value #STARVING_SHARE} × the CPU per GPU of the workload's GPU shapes, or, where
 *       CPU-only pods weigh more, {@value #STARVING_SHARE_ALL} × the whole workload's CPU per GPU
 *       (CPU-only pods compete with idle GPUs for CPU; FGD only sees the shapes that stop fitting
 *       right now);
 *   <li>likewise the GPU milli that will starve for memory, at {@value #MEMORY_SHARE} × the GPU
 *       pods' memory per GPU milli (≈ 41 MiB per GPU milli on openb, so ≈ 30).
 * </ol>
 *
 * The sum is bucketed in steps of {@value #BUCKET_MILLI} milli; inside a bucket the node left
 * fullest wins (BestFit's leftover, CPU and GPU weighted one half), which packs sharing pods onto
 * used nodes and keeps whole nodes free. Finer buckets measured worse (see docs/fgd.md). Cards: a
 * sharing pod takes the card of least waste growth (tightest on ties), whole cards the least
 * sufficient ones. Not thread-safe: one instance per allocator.
 */
public final class FragPackPolicy implements NodeScorePolicy {

  static final double LOOK_AHEAD = 0.3;
  static final double STARVING_SHARE = 0.85;
  static final double STARVING_SHARE_ALL = 0.65;
  static final double MEMORY_SHARE = 0.73;
  static final double BUCKET_MILLI = 40;
  private static final double EPSILON = 1e-9;

  /**
   * FragPack's constants, explicit so that a parameter search (sim's {@code FragPackTuning}) can
   * vary them; {@link #DEFAULT} is the product's setting.
   *
   * @param lookAhead weight of the look-ahead card waste
   * @param starvingShare share of the GPU shapes' CPU per GPU an idle card must keep
   * @param starvingShareAll share of the whole workload's CPU per GPU (CPU-only pods included)
   * @param memoryShare share of the GPU pods' memory per GPU milli an idle card must keep
   * @param bucketMilli width of the buckets the waste growth is cut into
   * @param bucketOffsetMilli where the bucket edges sit (growth shifted by this before cutting)
   * @param cpuWeight weight of the CPU leftover in the in-bucket tie-break (GPU gets the rest)
   */
  public record Params(
      double lookAhead,
      double starvingShare,
      double starvingShareAll,
      double memoryShare,
      double bucketMilli,
      double bucketOffsetMilli,
      double cpuWeight) {

    public static final Params DEFAULT =
        new Params(
            LOOK_AHEAD, STARVING_SHARE, STARVING_SHARE_ALL, MEMORY_SHARE, BUCKET_MILLI, 0, 0.5);

    public Params {
      if (!(bucketMilli > 0) || cpuWeight < 0 || cpuWeight > 1) {
        throw new IllegalArgumentException("bucketMilli must be > 0 and cpuWeight in [0, 1]");
      }
    }
  }

  private final Params params;
  private final Fragmentation fragmentation;
  private final CardWaste cardWaste;
  private final double cpuPerGpuMilli;
  private final double memoryPerGpuMilli;
  private final NodeCache current = new NodeCache();
  private final ShapeScoreCache scores = new ShapeScoreCache();
  private int[] cards = new int[8];
  private int[] order = new int[8];
  private int lastBestCard;

  public FragPackPolicy(TargetWorkload workload) {
    this(workload, Params.DEFAULT);
  }

  public FragPackPolicy(TargetWorkload workload, Params params) {
    this.params = params;
    this.fragmentation = new Fragmentation(workload);
    this.cardWaste = new CardWaste(workload);
    this.cpuPerGpuMilli =
        Math.max(
            params.starvingShare() * cpuPerGpuMilli(workload, false),
            params.starvingShareAll() * cpuPerGpuMilli(workload, true));
    this.memoryPerGpuMilli = params.memoryShare() * workload.memoryMibPerGpuMilli();
  }

  /**
   * CPU milli the workload asks per GPU milli: of its GPU shapes only (≈ 10.9 on openb), or with
   * the CPU-only shapes' CPU included (≈ 14.3 on the default list, ≈ 20.6 on cpu300).
   */
  static double cpuPerGpuMilli(TargetWorkload w, boolean withCpuOnly) {
    double cpu = 0;
    double gpu = 0;
    for (int i = 0; i < w.size(); i++) {
      TargetWorkload.Shape s = w.shape(i);
      if (withCpuOnly || s.gpuCount() > 0) {
        cpu += w.weight(i) * s.cpuMilli();
      }
      gpu += w.weight(i) * s.gpuCount() * (double) s.gpuMilli();
    }
    return gpu == 0 ? 0 : cpu / gpu;
  }

  @Override
  public String name() {
    return "FragPack";
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
    int n = pool.gpuCount(node);
    if (cards.length < n) {
      cards = new int[n];
      order = new int[n];
    }
    if (!r.isGpuSharing()) {
      pool.copyGpuFree(node, cards);
      int k = GpuPicker.leastSufficient(pool, node, r, order);
      for (int i = 0; i < k; i++) {
        cards[order[i]] -= r.gpuMilli();
      }
      return combine(pool, node, r, wasteGrowth(pool, node, r));
    }
    double best = Double.MAX_VALUE;
    for (int g = 0; g < n; g++) {
      int free = pool.gpuFree(node, g);
      if (free < r.gpuMilli() || GpuPicker.sameFreeEarlier(pool, node, g)) {
        continue; // cards with equal free milli lead to the same state; the first one wins ties
      }
      pool.copyGpuFree(node, cards);
      cards[g] -= r.gpuMilli();
      double d = wasteGrowth(pool, node, r);
      if (d < best - EPSILON || (d <= best + EPSILON && free < pool.gpuFree(node, lastBestCard))) {
        best = d;
        lastBestCard = g;
      }
    }
    return combine(pool, node, r, best);
  }

  /** Growth of the node's expected waste if it ends in the card state held in {@code cards}. */
  private double wasteGrowth(Pool pool, int node, PodRequest r) {
    int n = pool.gpuCount(node);
    long cpuAfter = pool.cpuFree(node) - r.cpuMilli();
    double d =
        fragmentation.fragMilli(pool.spec(node).gpuModel(), cpuAfter, cards, n)
            - current.fragMilli(pool, node, fragmentation);
    for (int g = 0; g < n; g++) {
      d += params.lookAhead() * (cardWaste.of(cards[g]) - cardWaste.of(pool.gpuFree(node, g)));
    }
    long gpuFree = pool.gpuFreeTotal(node);
    long memoryAfter = pool.memoryFree(node) - r.memoryMib();
    return d
        + starving(gpuFree - r.totalGpuMilli(), cpuAfter, cpuPerGpuMilli)
        - starving(gpuFree, pool.cpuFree(node), cpuPerGpuMilli)
        + starving(gpuFree - r.totalGpuMilli(), memoryAfter, memoryPerGpuMilli)
        - starving(gpuFree, pool.memoryFree(node), memoryPerGpuMilli);
  }

  /** Idle GPU milli beyond what {@code free} CPU (or memory) can serve at {@code perGpuMilli}. */
  private static double starving(long gpuFreeMilli, long free, double perGpuMilli) {
    return perGpuMilli == 0 ? 0 : Math.max(0, gpuFreeMilli - free / perGpuMilli);
  }

  /** Bucketed waste growth first (less is better), then BestFit's leftover (0..100 000). */
  private long combine(Pool pool, int node, PodRequest r, double growth) {
    long bucket = (long) Math.floor(-(growth + params.bucketOffsetMilli()) / params.bucketMilli());
    double cpuLeft = (pool.cpuFree(node) - r.cpuMilli()) / DotProductPolicy.MAX_CPU_MILLI;
    double gpuLeft = (pool.gpuFreeTotal(node) - r.totalGpuMilli()) / DotProductPolicy.MAX_GPU_MILLI;
    long fullness =
        (long)
            ((1 - (params.cpuWeight() * cpuLeft + (1 - params.cpuWeight()) * gpuLeft)) * 100_000);
    return bucket * 1_000_000 + fullness;
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
    int[] out = Arrays.copyOf(order, k);
    Arrays.sort(out);
    return out;
  }

  /** Each node's current fragmentation, recomputed only when the node's revision moves. */
  private static final class NodeCache {
    private Pool pool;
    private double[] value = new double[0];
    private int[] revision = new int[0];

    double fragMilli(Pool p, int node, Fragmentation f) {
      if (pool != p || value.length != p.size()) {
        pool = p;
        value = new double[p.size()];
        revision = new int[p.size()];
        Arrays.fill(revision, -1);
      }
      if (revision[node] != p.revision(node)) {
        value[node] = f.nodeFragMilli(p, node);
        revision[node] = p.revision(node);
      }
      return value[node];
    }
  }
}
