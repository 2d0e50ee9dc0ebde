package io.computility.agent.device;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Builds a {@link DeviceProvider} from its configuration name; the one place that knows them all.
 */
public final class DeviceProviders {

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private DeviceProviders() {}

  /**
   * @param name fake, nvidia, ascend, cambricon or hygon
   * @param config provider settings: {@code file} (fake: the card declaration), {@code command}
   *     (vendor providers: the tool's path), {@code timeout} (ISO-8601 duration, default PT10S)
   */
  public static DeviceProvider create(String name, Map<String, String> config) {
    return create(name, config, CommandRunner.processes());
  }

  /** As {@link #create(String, Map)}, with the runner that vendor tools are run through. */
  public static DeviceProvider create(
      String name, Map<String, String> config, CommandRunner runner) {
    Duration timeout =
        config.containsKey("timeout") ? Duration.parse(config.get("timeout")) : DEFAULT_TIMEOUT;
    return switch (name) {
      case "fake" -> new FakeDeviceProvider(Path.of(required(config, "file", name)));
      case "nvidia" -> new NvidiaSmiProvider(runner, tool(config, "nvidia-smi"), timeout);
      case "ascend" -> new AscendNpuSmiProvider(runner, tool(config, "npu-smi"), timeout);
      case "cambricon" -> new CambriconCnmonProvider(runner, tool(config, "cnmon"), timeout);
      case "hygon" -> new HygonHySmiProvider(runner, tool(config, "hy-smi"), timeout);
      default ->
          throw new IllegalArgumentException(
              "unknown device provider '"
                  + name
                  + "'; known: fake, nvidia, ascend, cambricon, hygon");
    };
  }

  private static String tool(Map<String, String> config, String fallback) {
    return config.getOrDefault("command", fallback);
  }

  private static String required(Map<String, String> config, String key, String provider) {
    String value = config.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("device provider '" + provider + "' needs '" + key + "'");
    }
    return value;
  }
}
