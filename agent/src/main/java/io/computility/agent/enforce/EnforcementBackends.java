package io.computility.agent.enforce;

import io.computility.agent.device.CommandRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Builds an {@link EnforcementBackend} from its configuration name; the one place that knows them.
 */
public final class EnforcementBackends {

  private EnforcementBackends() {}

  /**
   * @param name accounting, mps or hami-core
   * @param config accounting: {@code limitsDirectory}; mps: {@code control} (default
   *     nvidia-cuda-mps-control), {@code pipeDirectory} (default /tmp/nvidia-mps), {@code
   *     logDirectory} (default /tmp/nvidia-log), {@code stopWhenIdle} (default false), {@code
   *     timeout} (ISO-8601, default PT30S); hami-core: {@code library} (default
   *     /usr/local/vgpu/libvgpu.so)
   */
  public static EnforcementBackend create(String name, Map<String, String> config) {
    return create(name, config, CommandRunner.processes());
  }

  /** As {@link #create(String, Map)}, with the runner that daemons are controlled through. */
  public static EnforcementBackend create(
      String name, Map<String, String> config, CommandRunner runner) {
    return switch (name) {
      case "accounting" ->
          new AccountingBackend(
              config.containsKey("limitsDirectory")
                  ? Path.of(config.get("limitsDirectory"))
                  : null);
      case "mps" ->
          new MpsBackend(
              runner,
              config.getOrDefault("control", "nvidia-cuda-mps-control"),
              Path.of(config.getOrDefault("pipeDirectory", "/tmp/nvidia-mps")),
              Path.of(config.getOrDefault("logDirectory", "/tmp/nvidia-log")),
              Boolean.parseBoolean(config.getOrDefault("stopWhenIdle", "false")),
              Duration.parse(config.getOrDefault("timeout", "PT30S")));
      case "hami-core" ->
          new HamiCoreBackend(
              Path.of(config.getOrDefault("library", "/usr/local/vgpu/libvgpu.so")));
      default ->
          throw new IllegalArgumentException(
              "unknown enforcement backend '" + name + "'; known: accounting, mps, hami-core");
    };
  }
}
