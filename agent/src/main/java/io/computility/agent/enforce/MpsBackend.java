package io.computility.agent.enforce;

import io.computility.agent.device.CommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NVIDIA Multi-Process Service: the MPS server caps each client's share of the SMs
 * (CUDA_MPS_ACTIVE_THREAD_PERCENTAGE) and its device memory (CUDA_MPS_PINNED_DEVICE_MEM_LIMIT,
 * "ordinal=limit" pairs, comma separated, ordinals as the client enumerates its devices). The
 * control daemon is started before the first task and, when configured, stopped after the last.
 */
final class MpsBackend implements EnforcementBackend {

  private final CommandRunner runner;
  private final String control;
  private final Path pipeDirectory;
  private final Path logDirectory;
  private final boolean stopWhenIdle;
  private final Duration timeout;
  private final Set<String> running = new HashSet<>();

  MpsBackend(
      CommandRunner runner,
      String control,
      Path pipeDirectory,
      Path logDirectory,
      boolean stopWhenIdle,
      Duration timeout) {
    this.runner = runner;
    this.control = control;
    this.pipeDirectory = pipeDirectory;
    this.logDirectory = logDirectory;
    this.stopWhenIdle = stopWhenIdle;
    this.timeout = timeout;
  }

  @Override
  public String name() {
    return "mps";
  }

  @Override
  public Map<String, String> environment(SliceGrant grant) {
    Map<String, String> env = new LinkedHashMap<>(daemonEnvironment());
    env.put("CUDA_VISIBLE_DEVICES", CudaDevices.uuids(grant));
    env.put("CUDA_MPS_ACTIVE_THREAD_PERCENTAGE", Integer.toString(grant.computePercent()));
    StringBuilder limits = new StringBuilder();
    for (int ordinal = 0; ordinal < grant.devices().size(); ordinal++) {
      limits.append(ordinal == 0 ? "" : ",").append(ordinal).append('=');
      limits.append(grant.memoryMb()).append('M');
    }
    env.put("CUDA_MPS_PINNED_DEVICE_MEM_LIMIT", limits.toString());
    return env;
  }

  @Override
  public synchronized void beforeStart(SliceGrant grant) throws IOException {
    if (running.isEmpty() && !daemonRunning()) {
      startDaemon();
    }
    running.add(grant.taskId());
  }

  @Override
  public synchronized void afterStop(SliceGrant grant) throws IOException {
    running.remove(grant.taskId());
    if (running.isEmpty() && stopWhenIdle) {
      stopDaemon();
    }
  }

  /** Starts the control daemon ({@code nvidia-cuda-mps-control -d}). */
  void startDaemon() throws IOException {
    Files.createDirectories(pipeDirectory);
    Files.createDirectories(logDirectory);
    CommandRunner.Result result =
        runner.run(List.of(control, "-d"), daemonEnvironment(), "", timeout);
    if (!result.succeeded()) {
      throw new IOException(
          "could not start the MPS daemon (" + control + " -d): " + result.stderr().strip());
    }
  }

  /** Stops the control daemon by sending it {@code quit}. */
  void stopDaemon() throws IOException {
    CommandRunner.Result result =
        runner.run(List.of(control), daemonEnvironment(), "quit\n", timeout);
    if (!result.succeeded()) {
      throw new IOException("could not stop the MPS daemon: " + result.stderr().strip());
    }
  }

  /** The daemon writes its pid file into the pipe directory. */
  boolean daemonRunning() {
    return Files.exists(pipeDirectory.resolve("nvidia-cuda-mps-control.pid"))
        || Files.exists(pipeDirectory.resolve("control"));
  }

  private Map<String, String> daemonEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("CUDA_MPS_PIPE_DIRECTORY", pipeDirectory.toString());
    env.put("CUDA_MPS_LOG_DIRECTORY", logDirectory.toString());
    return env;
  }
}
