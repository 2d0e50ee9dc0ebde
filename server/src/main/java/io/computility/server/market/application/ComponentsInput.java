package io.computility.server.market.application;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.market.catalogue.ProductComponents;

/**
 * The amounts of one unit as a client adjusts them: a field left out keeps the base value (the
 * product's, or the item's before the change).
 */
public record ComponentsInput(
    @JsonProperty("cpu") Long cpu,
    @JsonProperty("memory_mb") Long memoryMb,
    @JsonProperty("gpu") Long gpu,
    @JsonProperty("gpu_memory_mb") Long gpuMemoryMb,
    @JsonProperty("vgpu_percent") Long vgpuPercent,
    @JsonProperty("storage_gb") Long storageGb) {

  static ComponentsInput of(ProductComponents c) {
    return new ComponentsInput(
        c.cpu(), c.memoryMb(), c.gpu(), c.gpuMemoryMb(), c.vgpuPercent(), c.storageGb());
  }

  ProductComponents over(ProductComponents base) {
    return new ProductComponents(
        or(cpu, base.cpu()),
        or(memoryMb, base.memoryMb()),
        or(gpu, base.gpu()),
        or(gpuMemoryMb, base.gpuMemoryMb()),
        or(vgpuPercent, base.vgpuPercent()),
        or(storageGb, base.storageGb()));
  }

  private static long or(Long v, long base) {
    return v == null ? base : v;
  }
}
