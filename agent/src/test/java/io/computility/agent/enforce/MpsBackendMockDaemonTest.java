package io.computility.agent.enforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MPS needs an NVIDIA GPU, which this machine lacks, so nvidia-cuda-mps-control is a mock: a shell
 * script run as a real process that records its arguments, input and environment. The real daemon
 * is exercised by bench/gpu-validation/run.sh.
 */
class MpsBackendMockDaemonTest {

  @TempDir Path dir;

  private final SliceGrant grant =
      new SliceGrant(
          "task-a",
          List.of(
              new SliceGrant.GrantedDevice(0, "GPU-2c3b6b4d"),
              new SliceGrant.GrantedDevice(1, "GPU-77aa")),
          30,
          4096);

  @Test
  @DisplayName(
      "POOL-7.3b POOL-7.4 mps env: thread percentage, per-device pinned memory limit, pipe and log dirs")
  void environment() {
    var env = backend(Map.of()).environment(grant);

    assertThat(env)
        .containsEntry("CUDA_MPS_ACTIVE_THREAD_PERCENTAGE", "30")
        .containsEntry("CUDA_MPS_PINNED_DEVICE_MEM_LIMIT", "0=4096M,1=4096M")
        .containsEntry("CUDA_VISIBLE_DEVICES", "GPU-2c3b6b4d,GPU-77aa")
        .containsEntry("CUDA_MPS_PIPE_DIRECTORY", dir.resolve("pipe").toString())
        .containsEntry("CUDA_MPS_LOG_DIRECTORY", dir.resolve("log").toString());
  }

  @Test
  @DisplayName(
      "POOL-7.4 mps with a mock control daemon: started with -d before the first task, sent quit after the last")
  void daemonLifecycle() throws IOException {
    Path calls = dir.resolve("calls.txt");
    EnforcementBackend backend =
        backend(Map.of("control", mockControl(calls, 0).toString(), "stopWhenIdle", "true"));
    SliceGrant second = new SliceGrant("task-b", grant.devices(), 50, 1024);

    backend.beforeStart(grant);
    backend.beforeStart(second);
    backend.afterStop(grant);
    assertThat(Files.readAllLines(calls))
        .containsExactly("args=-d stdin= pipe=" + dir.resolve("pipe"));

    backend.afterStop(second);
    assertThat(Files.readAllLines(calls))
        .containsExactly(
            "args=-d stdin= pipe=" + dir.resolve("pipe"),
            "args= stdin=quit pipe=" + dir.resolve("pipe"));
  }

  @Test
  @DisplayName(
      "POOL-7.4 mps with a mock control daemon that fails to start: the task is refused with its message")
  void daemonFailsToStart() throws IOException {
    Path calls = dir.resolve("calls.txt");
    EnforcementBackend backend = backend(Map.of("control", mockControl(calls, 1).toString()));

    assertThatThrownBy(() -> backend.beforeStart(grant))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("could not start the MPS daemon")
        .hasMessageContaining("mock failure");
  }

  private EnforcementBackend backend(Map<String, String> extra) {
    var config = new java.util.HashMap<>(extra);
    config.put("pipeDirectory", dir.resolve("pipe").toString());
    config.put("logDirectory", dir.resolve("log").toString());
    return EnforcementBackends.create("mps", config);
  }

  private Path mockControl(Path calls, int exitCode) throws IOException {
    Path script = dir.resolve("nvidia-cuda-mps-control");
    Files.writeString(
        script,
        """
        #!/bin/sh
        input=$(cat)
        echo "args=$* stdin=$input pipe=$CUDA_MPS_PIPE_DIRECTORY" >> '%s'
        if [ %d -ne 0 ]; then echo "mock failure" >&2; fi
        exit %d
        """
            .formatted(calls, exitCode, exitCode));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }
}
