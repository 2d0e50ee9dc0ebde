package io.computility.agent.device;

import java.util.Objects;

/**
 * Live figures of one card.
 *
 * @param uuid the card, as in {@link AcceleratorDevice#uuid()}
 * @param memoryUsedMb device memory in use, MiB
 * @param utilisationPercent compute utilisation 0..100
 * @param temperatureC temperature in Celsius, null when not reported
 * @param powerW power draw in watts, null when not reported
 */
public record DeviceUsage(
    String uuid, long memoryUsedMb, int utilisationPercent, Integer temperatureC, Double powerW) {

  public DeviceUsage {
    Objects.requireNonNull(uuid, "uuid");
    if (memoryUsedMb < 0) {
      throw new IllegalArgumentException("memoryUsedMb must be >= 0, was " + memoryUsedMb);
    }
    if (utilisationPercent < 0 || utilisationPercent > 100) {
      throw new IllegalArgumentException(
          "utilisationPercent must be 0..100, was " + utilisationPercent);
    }
  }
}
