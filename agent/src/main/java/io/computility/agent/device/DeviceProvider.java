package io.computility.agent.device;

import java.io.IOException;
import java.util.List;

/** Discovers the accelerators of one vendor on this node. Built by {@link DeviceProviders}. */
public interface DeviceProvider {

  /** The configuration key of this provider: fake, nvidia, ascend, cambricon, hygon. */
  String name();

  /**
   * The cards present now. Called periodically by the agent; a card that appears or disappears
   * between calls is a hot-plug event.
   *
   * @throws IOException when the vendor tool cannot be run or its output cannot be read
   */
  List<AcceleratorDevice> discover() throws IOException;

  /** Live figures per card; empty when this provider cannot report them. */
  default List<DeviceUsage> usage() throws IOException {
    return List.of();
  }
}
