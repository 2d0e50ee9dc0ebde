package io.computility.core.pool;

/**
 * Pool-level GPU metrics of the FGD paper: allocation ratio (allocated / total GPU milli),
 * fragmentation amount (fragment / total) and fragmentation rate (fragment / idle). Node values are
 * cached by node revision, so reading after each placement costs one recomputation per changed
 * node.
 */
public final class FragmentationMeter {

  private final Pool pool;
  private final Fragmentation fragmentation;
  private final double[] nodeFrag;
  private final int[] seen;
  private double total;

  public FragmentationMeter(Pool pool, TargetWorkload workload) {
    this.pool = pool;
    this.fragmentation = new Fragmentation(workload);
    this.nodeFrag = new double[pool.size()];
    this.seen = new int[pool.size()];
    for (int n = 0; n < pool.size(); n++) {
      nodeFrag[n] = fragmentation.nodeFragMilli(pool, n);
      seen[n] = pool.revision(n);
      total += nodeFrag[n];
    }
  }

  /** Expected fragment GPU milli of the whole pool. */
  public double fragMilli() {
    for (int n = 0; n < nodeFrag.length; n++) {
      if (seen[n] != pool.revision(n)) {
        double now = fragmentation.nodeFragMilli(pool, n);
        total += now - nodeFrag[n];
        nodeFrag[n] = now;
        seen[n] = pool.revision(n);
      }
    }
    return total;
  }

  public double allocationRatio() {
    return ratio(pool.usedGpuMilli(), pool.totalGpuMilli());
  }

  public double fragmentationAmount() {
    return ratio(fragMilli(), pool.totalGpuMilli());
  }

  public double fragmentationRate() {
    return ratio(fragMilli(), pool.totalGpuMilli() - pool.usedGpuMilli());
  }

  private static double ratio(double part, double whole) {
    return whole <= 0 ? 0 : part / whole;
  }
}
