package io.computility.core.pool;

import java.util.Objects;

/**
 * A node of a pool as declared by its owner: CPU in millicores, host memory in MiB and a number of
 * identical GPU cards of one model (empty model when the node has no GPU).
 */
public record NodeSpec(String name, long cpuMilli, long memoryMib, int gpuCount, String gpuModel) {

  public NodeSpec {
    Objects.requireNonNull(name, "name");
    if (cpuMilli < 0 || memoryMib < 0 || gpuCount < 0) {
      throw new IllegalArgumentException("negative capacity on node " + name);
    }
    gpuModel = gpuModel == null ? "" : gpuModel;
    if (gpuCount > 0 && gpuModel.isEmpty()) {
      // A GPU without a model could never satisfy a model constraint; keep it explicit.
      gpuModel = "unknown";
    }
  }

  public long gpuMilli() {
    return (long) gpuCount * Pool.GPU_MILLI;
  }
}
