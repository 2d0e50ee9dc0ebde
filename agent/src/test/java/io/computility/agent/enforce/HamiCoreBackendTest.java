package io.computility.agent.enforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HamiCoreBackendTest {

  @TempDir Path dir;

  private final SliceGrant grant =
      new SliceGrant(
          "task-h",
          List.of(
              new SliceGrant.GrantedDevice(1, "GPU-1"), new SliceGrant.GrantedDevice(3, "GPU-3")),
          25,
          3000);

  @Test
  @DisplayName(
      "POOL-7.3b hami-core env: memory limit per device in MB and SM limit in percent, libvgpu preloaded")
  void environmentWithLibrary() throws IOException {
    Path library = Files.writeString(dir.resolve("libvgpu.so"), "");
    var backend = EnforcementBackends.create("hami-core", Map.of("library", library.toString()));

    backend.beforeStart(grant);
    var env = backend.environment(grant);

    assertThat(env)
        .containsEntry("CUDA_VISIBLE_DEVICES", "1,3")
        .containsEntry("CUDA_DEVICE_MEMORY_LIMIT", "3000m")
        .containsEntry("CUDA_DEVICE_MEMORY_LIMIT_0", "3000m")
        .containsEntry("CUDA_DEVICE_MEMORY_LIMIT_1", "3000m")
        .containsEntry("CUDA_DEVICE_SM_LIMIT", "25")
        .containsEntry("LD_PRELOAD", library.toString());
  }

  @Test
  @DisplayName(
      "POOL-7.4 hami-core without libvgpu.so refuses to start the task instead of running it unlimited")
  void refusesWithoutLibrary() {
    Path missing = dir.resolve("missing/libvgpu.so");
    var backend = EnforcementBackends.create("hami-core", Map.of("library", missing.toString()));

    assertThat(backend.environment(grant)).doesNotContainKey("LD_PRELOAD");
    assertThatThrownBy(() -> backend.beforeStart(grant))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("task-h was not started");
  }

  @Test
  @DisplayName("POOL-7.4 an unknown enforcement backend is refused naming the known ones")
  void unknownBackend() {
    assertThatThrownBy(() -> EnforcementBackends.create("mig", Map.of()))
        .hasMessageContaining("accounting, mps, hami-core");
  }
}
