package io.computility.core.pool.policy;

import io.computility.core.pool.NodeScorePolicy;
import io.computility.core.pool.TargetWorkload;
import java.util.List;
import java.util.Locale;

/** The pool policies by name: the six of the FGD study and Computility's own default. */
public final class Policies {

  /** In the order the paper's figures list them. */
  public static final List<String> BASELINES =
      List.of("Random", "DotProduct", "GpuClustering", "GpuPacking", "BestFit", "FGD");

  /** The pool's default policy: fragmentation, look-ahead and CPU starvation, packed. */
  public static final String DEFAULT = "FragPack";

  /** Every policy: the baselines, then the default. */
  public static final List<String> ALL =
      List.of("Random", "DotProduct", "GpuClustering", "GpuPacking", "BestFit", "FGD", DEFAULT);

  private Policies() {}

  /**
   * A fresh policy instance (policies keep scratch state: one per allocator). FGD and FragPack need
   * the target workload and Random a seed; the others ignore both.
   */
  public static NodeScorePolicy create(String name, TargetWorkload target, long seed) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "random" -> new RandomPolicy(seed);
      case "dotproduct", "dotprod" -> new DotProductPolicy();
      case "gpuclustering" -> new GpuClusteringPolicy();
      case "gpupacking" -> new GpuPackingPolicy();
      case "bestfit" -> new BestFitPolicy();
      case "fgd" -> new FgdPolicy(target);
      case "fragpack" -> new FragPackPolicy(target);
      default -> throw new IllegalArgumentException("unknown policy " + name + "; known " + ALL);
    };
  }
}
