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

class AccountingBackendTest {

  @TempDir Path dir;

  private final SliceGrant grant =
      new SliceGrant(
          "task-1",
          List.of(
              new SliceGrant.GrantedDevice(2, "FAKE-a-2"),
              new SliceGrant.GrantedDevice(3, "FAKE-a-3")),
          37,
          1537);

  @Test
  @DisplayName("POOL-7.3b the accounting backend hands a 37 % / 1537 MB slice to the task exactly")
  void environmentCarriesTheSlice() {
    var env = EnforcementBackends.create("accounting", Map.of()).environment(grant);

    assertThat(env)
        .containsEntry("COMPUTILITY_VGPU_DEVICES", "FAKE-a-2,FAKE-a-3")
        .containsEntry("COMPUTILITY_VGPU_CORE_PERCENT", "37")
        .containsEntry("COMPUTILITY_VGPU_MEMORY_MB", "1537")
        .containsEntry("CUDA_VISIBLE_DEVICES", "2,3")
        .doesNotContainKey("COMPUTILITY_VGPU_LIMITS_FILE");
  }

  @Test
  @DisplayName(
      "POOL-7.4 each task gets its own limits file; resize rewrites it and stop removes it")
  void limitsFilePerTask() throws IOException {
    EnforcementBackend backend =
        EnforcementBackends.create("accounting", Map.of("limitsDirectory", dir.toString()));
    SliceGrant other =
        new SliceGrant("task-2", List.of(new SliceGrant.GrantedDevice(2, "FAKE-a-2")), 1, 1);

    backend.beforeStart(grant);
    backend.beforeStart(other);
    Path file = Path.of(backend.environment(grant).get("COMPUTILITY_VGPU_LIMITS_FILE"));
    Path otherFile = Path.of(backend.environment(other).get("COMPUTILITY_VGPU_LIMITS_FILE"));

    assertThat(file).isNotEqualTo(otherFile);
    assertThat(SliceLimitsFile.read(file)).isEqualTo(new SliceLimitsFile.Limits(37, 1537));
    assertThat(SliceLimitsFile.read(otherFile)).isEqualTo(new SliceLimitsFile.Limits(1, 1));

    backend.resize(new SliceGrant("task-1", grant.devices(), 60, 2048));
    assertThat(SliceLimitsFile.read(file)).isEqualTo(new SliceLimitsFile.Limits(60, 2048));

    backend.afterStop(grant);
    assertThat(file).doesNotExist();
    assertThat(otherFile).exists();
  }

  @Test
  @DisplayName("POOL-7.4 without a limits directory a live resize is refused, not silently ignored")
  void resizeWithoutDirectory() {
    var backend = EnforcementBackends.create("accounting", Map.of());
    assertThatThrownBy(() -> backend.resize(grant)).hasMessageContaining("cannot resize");
  }

  @Test
  @DisplayName("POOL-7.4 an unreadable limits file is reported naming the file")
  void unreadableLimits() throws IOException {
    Path file = Files.writeString(dir.resolve("x.limits"), "core_percent=abc\nmemory_mb=1\n");
    assertThatThrownBy(() -> SliceLimitsFile.read(file)).hasMessageContaining("x.limits");
  }
}
