package io.computility.agent.enforce;

import java.util.List;
import java.util.Objects;

/**
 * What the controller granted one task on this node: which cards, and how much of each.
 *
 * @param taskId the task the slice belongs to
 * @param devices the granted cards, at least one
 * @param computePercent share of each card's compute, 1..100 (1 % steps, POOL-7.1)
 * @param memoryMb device memory per card, MiB (1 MB steps)
 */
public record SliceGrant(
    String taskId, List<GrantedDevice> devices, int computePercent, long memoryMb) {

  public SliceGrant {
    Objects.requireNonNull(taskId, "taskId");
    if (taskId.isBlank()) {
      throw new IllegalArgumentException("taskId must not be blank");
    }
    devices = List.copyOf(Objects.requireNonNull(devices, "devices"));
    if (devices.isEmpty()) {
      throw new IllegalArgumentException("devices must not be empty");
    }
    if (computePercent < 1 || computePercent > 100) {
      throw new IllegalArgumentException("computePercent must be 1..100, was " + computePercent);
    }
    if (memoryMb < 1) {
      throw new IllegalArgumentException("memoryMb must be >= 1, was " + memoryMb);
    }
  }

  /** One granted card: its node-local index and its identity. */
  public record GrantedDevice(int index, String uuid) {

    public GrantedDevice {
      if (index < 0) {
        throw new IllegalArgumentException("index must be >= 0, was " + index);
      }
      Objects.requireNonNull(uuid, "uuid");
    }
  }
}
