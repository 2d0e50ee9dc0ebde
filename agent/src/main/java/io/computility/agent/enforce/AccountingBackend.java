package io.computility.agent.enforce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For fake devices: nothing in hardware limits the task; the slice is handed to it in environment
 * variables and the workload keeps to them by itself (see SliceWorkload). With a limits directory
 * configured, the slice is also written to a file the task re-reads, so it can be resized while it
 * runs (POOL-7.1d).
 */
final class AccountingBackend implements EnforcementBackend {

  static final String DEVICES = "COMPUTILITY_VGPU_DEVICES";
  static final String CORE_PERCENT = "COMPUTILITY_VGPU_CORE_PERCENT";
  static final String MEMORY_MB = "COMPUTILITY_VGPU_MEMORY_MB";
  static final String LIMITS_FILE = "COMPUTILITY_VGPU_LIMITS_FILE";

  private final Path limitsDirectory;

  /**
   * @param limitsDirectory where per-task limits files go; null for none
   */
  AccountingBackend(Path limitsDirectory) {
    this.limitsDirectory = limitsDirectory;
  }

  @Override
  public String name() {
    return "accounting";
  }

  @Override
  public Map<String, String> environment(SliceGrant grant) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put(
        DEVICES,
        grant.devices().stream()
            .map(SliceGrant.GrantedDevice::uuid)
            .collect(Collectors.joining(",")));
    env.put(CORE_PERCENT, Integer.toString(grant.computePercent()));
    env.put(MEMORY_MB, Long.toString(grant.memoryMb()));
    env.put("CUDA_VISIBLE_DEVICES", CudaDevices.indices(grant));
    if (limitsDirectory != null) {
      env.put(LIMITS_FILE, limitsFile(grant).toString());
    }
    return env;
  }

  @Override
  public void beforeStart(SliceGrant grant) throws IOException {
    if (limitsDirectory != null) {
      Files.createDirectories(limitsDirectory);
      SliceLimitsFile.write(limitsFile(grant), grant.computePercent(), grant.memoryMb());
    }
  }

  @Override
  public void afterStop(SliceGrant grant) throws IOException {
    if (limitsDirectory != null) {
      Files.deleteIfExists(limitsFile(grant));
    }
  }

  /** Rewrites the task's limits file; the task sees the new slice at its next re-read. */
  @Override
  public void resize(SliceGrant grant) throws IOException {
    if (limitsDirectory == null) {
      throw new IOException("accounting backend has no limits directory: cannot resize live");
    }
    SliceLimitsFile.write(limitsFile(grant), grant.computePercent(), grant.memoryMb());
  }

  private Path limitsFile(SliceGrant grant) {
    return limitsDirectory.resolve(grant.taskId().replaceAll("[^A-Za-z0-9._-]", "_") + ".limits");
  }
}
