package io.computility.agent.enforce;

import io.computility.agent.device.CommandRunner;
import java.util.Map;

/**
 * Builds an {@link EnforcementBackend} from its configuration name; the one place that knows them.
 */
public final class EnforcementBackends {

  private EnforcementBackends() {}

  /**
   * @param name accounting, mps or hami-core
   */
  public static EnforcementBackend create(String name, Map<String, String> config) {
    return create(name, config, CommandRunner.processes());
  }

  /** As {@link #create(String, Map)}, with the runner that daemons are controlled through. */
  public static EnforcementBackend create(
      String name, Map<String, String> config, CommandRunner runner) {
    throw new IllegalArgumentException(
        "unknown enforcement backend '" + name + "'; known: accounting, mps, hami-core");
  }
}
