package io.computility.server.identity.tenancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.modulith.NamedInterface;

/**
 * Amounts of the resources a quota limits (CMP tenant and organisation quotas).
 *
 * @param cpu CPU cores
 * @param memoryMb memory in MiB
 * @param diskGb disk in GiB
 * @param instances instances (replicas)
 * @param gpu accelerator cards
 */
@NamedInterface("tenancy")
public record Quota(
    @JsonProperty("cpu") long cpu,
    @JsonProperty("memory_mb") long memoryMb,
    @JsonProperty("disk_gb") long diskGb,
    @JsonProperty("instances") long instances,
    @JsonProperty("gpu") long gpu) {

  public static final Quota ZERO = new Quota(0, 0, 0, 0, 0);

  public Quota plus(Quota o) {
    return new Quota(
        cpu + o.cpu,
        memoryMb + o.memoryMb,
        diskGb + o.diskGb,
        instances + o.instances,
        gpu + o.gpu);
  }

  public Quota minus(Quota o) {
    return plus(new Quota(-o.cpu, -o.memoryMb, -o.diskGb, -o.instances, -o.gpu));
  }

  /** The first resource where this exceeds {@code limit}, or null. */
  public String exceeding(Quota limit) {
    if (cpu > limit.cpu) return "cpu";
    if (memoryMb > limit.memoryMb) return "memory_mb";
    if (diskGb > limit.diskGb) return "disk_gb";
    if (instances > limit.instances) return "instances";
    if (gpu > limit.gpu) return "gpu";
    return null;
  }

  /**
   * The first resource where {@code demand} asks for some and this (what is held) plus it would
   * pass {@code limit}, or null. A resource the demand does not ask for never fails, even when a
   * lowered limit is already passed.
   */
  public String overrunBy(Quota demand, Quota limit) {
    if (demand.cpu > 0 && cpu + demand.cpu > limit.cpu) return "cpu";
    if (demand.memoryMb > 0 && memoryMb + demand.memoryMb > limit.memoryMb) return "memory_mb";
    if (demand.diskGb > 0 && diskGb + demand.diskGb > limit.diskGb) return "disk_gb";
    if (demand.instances > 0 && instances + demand.instances > limit.instances) return "instances";
    if (demand.gpu > 0 && gpu + demand.gpu > limit.gpu) return "gpu";
    return null;
  }

  /** The amount of one resource by its wire name. */
  public long get(String resource) {
    return switch (resource) {
      case "cpu" -> cpu;
      case "memory_mb" -> memoryMb;
      case "disk_gb" -> diskGb;
      case "instances" -> instances;
      case "gpu" -> gpu;
      default -> throw new IllegalArgumentException(resource);
    };
  }

  public boolean anyNegative() {
    return cpu < 0 || memoryMb < 0 || diskGb < 0 || instances < 0 || gpu < 0;
  }
}
