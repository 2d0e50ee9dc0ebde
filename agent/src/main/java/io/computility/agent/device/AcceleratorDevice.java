package io.computility.agent.device;

import java.util.Objects;

/**
 * One accelerator card as a node's vendor tool reports it.
 *
 * @param index the vendor's device index on this node (what CUDA_VISIBLE_DEVICES and its peers use)
 * @param uuid a stable identity that survives re-enumeration; hot-plug is detected by it
 * @param vendor lower-case vendor key: nvidia, huawei, cambricon, hygon, or what a fake file says
 * @param model the product name, as reported
 * @param memoryMb device memory in MiB
 * @param busId PCI bus id, or empty when the tool does not report one
 * @param driverVersion driver version, or empty when unknown
 * @param healthy false when the tool reports the card as faulty
 */
public record AcceleratorDevice(
    int index,
    String uuid,
    String vendor,
    String model,
    long memoryMb,
    String busId,
    String driverVersion,
    boolean healthy) {

  public AcceleratorDevice {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index);
    }
    Objects.requireNonNull(uuid, "uuid");
    if (uuid.isBlank()) {
      throw new IllegalArgumentException("uuid must not be blank");
    }
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(model, "model");
    if (memoryMb < 0) {
      throw new IllegalArgumentException("memoryMb must be >= 0, was " + memoryMb);
    }
    busId = busId == null ? "" : busId;
    driverVersion = driverVersion == null ? "" : driverVersion;
  }
}
