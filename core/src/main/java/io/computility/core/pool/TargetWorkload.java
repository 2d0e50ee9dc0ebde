package io.computility.core.pool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distribution of pod shapes a pool expects, against which fragmentation is measured (FGD
 * paper, section 4). Built from a pod list: identical shapes are counted, the most frequent shapes
 * are kept until they cover {@code coverage} of all pods (the reference simulator keeps 95 %), and
 * their frequencies are renormalised to sum to 1.
 */
public final class TargetWorkload {

  /** A pod shape: what a typical pod asks, without its name or memory (FGD ignores memory). */
  public record Shape(long cpuMilli, int gpuCount, int gpuMilli, List<String> gpuModels) {
    public Shape {
      gpuModels = List.copyOf(gpuModels);
    }

    static Shape of(PodRequest r) {
      return new Shape(r.cpuMilli(), r.gpuCount(), r.gpuMilli(), r.gpuModels());
    }

    boolean acceptsModel(String model) {
      return gpuModels.isEmpty() || gpuModels.contains(model);
    }
  }

  public static final double DEFAULT_COVERAGE = 0.95;

  /* Equal counts are ordered by the larger shape first, as the reference does, so that the cut at
  the coverage threshold is deterministic. */
  private static final Comparator<Map.Entry<Shape, Integer>> ORDER =
      Comparator.<Map.Entry<Shape, Integer>>comparingInt(Map.Entry::getValue)
          .thenComparingLong(e -> e.getKey().cpuMilli())
          .thenComparingInt(e -> e.getKey().gpuMilli())
          .thenComparingInt(e -> e.getKey().gpuCount())
          .thenComparing(e -> String.join("|", e.getKey().gpuModels()))
          .reversed();

  private final List<Shape> shapes;
  private final double[] weights;
  private final double memoryMibPerGpuMilli;

  private TargetWorkload(List<Shape> shapes, double[] weights, double memoryMibPerGpuMilli) {
    this.shapes = List.copyOf(shapes);
    this.weights = weights;
    this.memoryMibPerGpuMilli = memoryMibPerGpuMilli;
  }

  public static TargetWorkload of(Collection<PodRequest> pods) {
    return of(pods, DEFAULT_COVERAGE);
  }

  public static TargetWorkload of(Collection<PodRequest> pods, double coverage) {
    if (pods.isEmpty() || coverage <= 0 || coverage > 1) {
      throw new IllegalArgumentException("need pods and a coverage in (0, 1]");
    }
    Map<Shape, Integer> counts = new HashMap<>();
    double memory = 0;
    double gpu = 0;
    for (PodRequest p : pods) {
      counts.merge(Shape.of(p), 1, Integer::sum);
      if (p.usesGpu()) {
        memory += p.memoryMib();
        gpu += p.totalGpuMilli();
      }
    }
    List<Map.Entry<Shape, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(ORDER);
    double needed = coverage * pods.size();
    List<Shape> kept = new ArrayList<>();
    List<Integer> keptCounts = new ArrayList<>();
    long covered = 0;
    for (int i = 0; i < sorted.size() && covered < needed; i++) {
      kept.add(sorted.get(i).getKey());
      keptCounts.add(sorted.get(i).getValue());
      covered += sorted.get(i).getValue();
    }
    double[] w = new double[kept.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = keptCounts.get(i) / (double) covered;
    }
    return new TargetWorkload(kept, w, gpu == 0 ? 0 : memory / gpu);
  }

  /** A workload given directly as shapes and (not necessarily normalised) weights. */
  public static TargetWorkload ofShapes(List<Shape> shapes, double[] weights) {
    if (shapes.size() != weights.length || shapes.isEmpty()) {
      throw new IllegalArgumentException("one weight per shape");
    }
    double sum = 0;
    for (double x : weights) {
      sum += x;
    }
    double[] w = new double[weights.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights[i] / sum;
    }
    return new TargetWorkload(shapes, w, 0);
  }

  public int size() {
    return shapes.size();
  }

  public Shape shape(int i) {
    return shapes.get(i);
  }

  public double weight(int i) {
    return weights[i];
  }

  /**
   * Memory the pod list's GPU pods ask per GPU milli (≈ 41 MiB on openb; shapes leave memory out,
   * as FGD does, so this is kept apart); 0 for a workload given as shapes.
   */
  public double memoryMibPerGpuMilli() {
    return memoryMibPerGpuMilli;
  }
}
