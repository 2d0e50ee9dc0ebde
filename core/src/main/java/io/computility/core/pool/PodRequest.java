package io.computility.core.pool;

import java.util.List;
import java.util.Objects;

/**
 * What one pod (task replica) asks of a node. {@code gpuMilli} is the share of each of its {@code
 * gpuCount} cards, in thousandths of a card: a GPU-sharing pod asks for one card and less than
 * 1000; the product slices cards in steps of 10 milli (1 %), which this model carries unchanged. An
 * empty {@code gpuModels} list accepts any GPU model.
 */
public record PodRequest(
    String name,
    long cpuMilli,
    long memoryMib,
    int gpuCount,
    int gpuMilli,
    List<String> gpuModels) {

  public PodRequest {
    Objects.requireNonNull(name, "name");
    if (cpuMilli < 0 || memoryMib < 0 || gpuCount < 0) {
      throw new IllegalArgumentException("negative request on pod " + name);
    }
    if (gpuCount == 0 && gpuMilli != 0) {
      throw new IllegalArgumentException("pod " + name + " asks for GPU milli without a GPU");
    }
    if (gpuCount > 0 && (gpuMilli <= 0 || gpuMilli > Pool.GPU_MILLI)) {
      throw new IllegalArgumentException(
          "pod " + name + " GPU share out of (0, 1000]: " + gpuMilli);
    }
    gpuModels = gpuModels == null ? List.of() : List.copyOf(gpuModels);
  }

  public static PodRequest cpuOnly(String name, long cpuMilli, long memoryMib) {
    return new PodRequest(name, cpuMilli, memoryMib, 0, 0, List.of());
  }

  public static PodRequest gpu(String name, long cpuMilli, long memoryMib, int count, int milli) {
    return new PodRequest(name, cpuMilli, memoryMib, count, milli, List.of());
  }

  public boolean usesGpu() {
    return gpuCount > 0;
  }

  /** One card, shared with other pods: the case the FGD paper is about. */
  public boolean isGpuSharing() {
    return gpuCount == 1 && gpuMilli < Pool.GPU_MILLI;
  }

  public long totalGpuMilli() {
    return (long) gpuCount * gpuMilli;
  }

  public boolean acceptsModel(String model) {
    return gpuModels.isEmpty() || gpuModels.contains(model);
  }
}
