package io.computility.agent.workload;

import java.nio.file.Path;
import java.util.Map;

/** The slice as the accounting backend put it into the environment. */
record SliceEnvironment(String devices, Limits initialLimits, Path limitsFile) {

  /** Compute share and memory of the slice. */
  record Limits(int corePercent, long memoryMb) {}

  static SliceEnvironment fromEnvironment(Map<String, String> env) {
    String memory = env.get("COMPUTILITY_VGPU_MEMORY_MB");
    String core = env.get("COMPUTILITY_VGPU_CORE_PERCENT");
    if (memory == null || core == null) {
      throw new IllegalArgumentException(
          "COMPUTILITY_VGPU_MEMORY_MB and COMPUTILITY_VGPU_CORE_PERCENT must be set"
              + " (run me under the accounting enforcement backend)");
    }
    String file = env.get("COMPUTILITY_VGPU_LIMITS_FILE");
    try {
      return new SliceEnvironment(
          env.getOrDefault("COMPUTILITY_VGPU_DEVICES", ""),
          new Limits(Integer.parseInt(core.strip()), Long.parseLong(memory.strip())),
          file == null || file.isBlank() ? null : Path.of(file));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("slice limits in the environment must be whole numbers");
    }
  }
}
