package io.computility.agent.enforce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HAMi-core (libvgpu.so), preloaded into the task: it intercepts CUDA calls and enforces
 * CUDA_DEVICE_MEMORY_LIMIT(_i) and CUDA_DEVICE_SM_LIMIT. Without the library there is no
 * enforcement at all, so the backend refuses to start a task rather than run it unlimited.
 */
final class HamiCoreBackend implements EnforcementBackend {

  private final Path library;

  HamiCoreBackend(Path library) {
    this.library = library;
  }

  @Override
  public String name() {
    return "hami-core";
  }

  @Override
  public Map<String, String> environment(SliceGrant grant) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("CUDA_VISIBLE_DEVICES", CudaDevices.indices(grant));
    String limit = grant.memoryMb() + "m";
    env.put("CUDA_DEVICE_MEMORY_LIMIT", limit);
    for (int ordinal = 0; ordinal < grant.devices().size(); ordinal++) {
      env.put("CUDA_DEVICE_MEMORY_LIMIT_" + ordinal, limit);
    }
    env.put("CUDA_DEVICE_SM_LIMIT", Integer.toString(grant.computePercent()));
    if (Files.isRegularFile(library)) {
      env.put("LD_PRELOAD", library.toString());
    }
    return env;
  }

  @Override
  public void beforeStart(SliceGrant grant) throws IOException {
    if (!Files.isRegularFile(library)) {
      throw new IOException(
          "hami-core: "
              + library
              + " does not exist; install HAMi-core (libvgpu.so) or set enforcement.library."
              + " Task "
              + grant.taskId()
              + " was not started, since it would run without limits");
    }
  }
}
