package io.computility.agent.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.agent.enforce.EnforcementBackend;
import io.computility.agent.enforce.EnforcementBackends;
import io.computility.agent.enforce.SliceGrant;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled workload run as real processes under the accounting backend's environment. */
class SliceWorkloadProcessTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;

  private final EnforcementBackend accounting = EnforcementBackends.create("accounting", Map.of());

  @Test
  @DisplayName(
      "POOL-7.3b a workload inside its slice holds its memory, works at its core share and ends 0")
  void insideTheSlice() throws Exception {
    var env = accounting.environment(grant("t-in", 20, 64));
    try (var task =
        WorkloadProcess.start(env, "--memory-mb", "16", "--seconds", "1", "--step-ms", "100")) {
      assertThat(task.waitForExit()).isZero();
      assertThat(task.printed("usage memory_mb=16 core_percent=20 limit_memory_mb=64")).isTrue();
      assertThat(task.printed("done steps=")).isTrue();
    }
  }

  @Test
  @DisplayName(
      "POOL-T12.24 POOL-7.4 a task asking beyond its slice fails out-of-memory; its neighbour on the card runs on")
  void memoryFaultStaysInItsSlice() throws Exception {
    var envA = accounting.environment(grant("t-a", 30, 32));
    var envB = accounting.environment(grant("t-b", 50, 32));
    try (var b =
            WorkloadProcess.start(envB, "--memory-mb", "16", "--seconds", "4", "--step-ms", "100");
        var a = WorkloadProcess.start(envA, "--memory-mb", "64", "--seconds", "4")) {
      assertThat(a.waitForExit()).isEqualTo(SliceWorkload.EXIT_OUT_OF_MEMORY);
      assertThat(String.join("\n", a.err))
          .contains("out of memory: tried to allocate 64 MiB but the slice has 32 MiB");

      await().atMost(PATIENCE).until(() -> b.printed("usage memory_mb=16"));
      assertThat(b.process.isAlive()).as("neighbour still running after A failed").isTrue();
      assertThat(b.waitForExit()).isZero();
      assertThat(b.printed("done steps=")).isTrue();
    }
  }

  @Test
  @DisplayName("POOL-7.4 SIGTERM stops the workload cleanly with exit 0")
  void sigtermIsClean() throws Exception {
    var env = accounting.environment(grant("t-term", 10, 16));
    try (var task =
        WorkloadProcess.start(env, "--memory-mb", "8", "--seconds", "120", "--step-ms", "100")) {
      await().atMost(PATIENCE).until(() -> task.printed("usage memory_mb=8"));
      task.process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our pipes

      assertThat(task.waitForExit()).isZero();
      assertThat(task.printed("terminated cleanly")).isTrue();
    }
  }

  @Test
  @DisplayName(
      "POOL-7.3b a live resize through the limits file is seen by the running workload without restart")
  void liveResize() throws Exception {
    EnforcementBackend backend =
        EnforcementBackends.create("accounting", Map.of("limitsDirectory", dir.toString()));
    SliceGrant grant = grant("t-resize", 10, 32);
    backend.beforeStart(grant);
    try (var task =
        WorkloadProcess.start(
            backend.environment(grant),
            "--memory-mb",
            "8",
            "--seconds",
            "120",
            "--step-ms",
            "100")) {
      await().atMost(PATIENCE).until(() -> task.printed("usage memory_mb=8 core_percent=10"));
      long pid = task.process.pid();

      backend.resize(grant("t-resize", 55, 128));

      await()
          .atMost(PATIENCE)
          .until(() -> task.printed("resized limit_memory_mb=128 core_percent=55"));
      await()
          .atMost(PATIENCE)
          .until(() -> task.printed("usage memory_mb=8 core_percent=55 limit_memory_mb=128"));
      assertThat(task.process.pid()).isEqualTo(pid);
      assertThat(task.process.isAlive()).isTrue();
      task.process.toHandle().destroy();
      assertThat(task.waitForExit()).isZero();
    } finally {
      backend.afterStop(grant);
    }
  }

  @Test
  @DisplayName(
      "POOL-7.4 a workload started outside any slice refuses to run, naming what is missing")
  void noSlice() throws Exception {
    try (var task = WorkloadProcess.start(Map.of(), "--memory-mb", "1")) {
      assertThat(task.waitForExit()).isEqualTo(SliceWorkload.EXIT_USAGE);
      await()
          .atMost(PATIENCE)
          .until(() -> String.join("", task.err).contains("COMPUTILITY_VGPU_MEMORY_MB"));
    }
  }

  private static SliceGrant grant(String task, int percent, long memoryMb) {
    return new SliceGrant(
        task, List.of(new SliceGrant.GrantedDevice(0, "FAKE-nvidia-0")), percent, memoryMb);
  }
}
