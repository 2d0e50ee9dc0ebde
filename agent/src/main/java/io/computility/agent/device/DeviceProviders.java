package io.computility.agent.device;

import java.util.Map;

/**
 * Builds a {@link DeviceProvider} from its configuration name; the one place that knows them all.
 */
public final class DeviceProviders {

  private DeviceProviders() {}

  /**
   * @param name fake, nvidia, ascend, cambricon or hygon
   * @param config provider settings (for example {@code file} for fake, {@code command} to override
   *     the vendor tool's path, {@code timeout} as an ISO-8601 duration)
   */
  public static DeviceProvider create(String name, Map<String, String> config) {
    return create(name, config, CommandRunner.processes());
  }

  /** As {@link #create(String, Map)}, with the runner that vendor tools are run through. */
  public static DeviceProvider create(
      String name, Map<String, String> config, CommandRunner runner) {
    throw new IllegalArgumentException(
        "unknown device provider '" + name + "'; known: fake, nvidia, ascend, cambricon, hygon");
  }
}
