package io.computility.server.market.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@link ProductComponents} as a client sends them: any component may be left out (zero).
 *
 * @param cpu CPU cores
 * @param memoryMb memory in MiB
 * @param gpu whole accelerator cards
 * @param gpuMemoryMb accelerator memory in MiB
 * @param vgpuPercent compute share of one card in percent (a vGPU slice)
 * @param storageGb storage in GiB
 */
public record ComponentsEdit(
    @JsonProperty("cpu") Long cpu,
    @JsonProperty("memory_mb") Long memoryMb,
    @JsonProperty("gpu") Long gpu,
    @JsonProperty("gpu_memory_mb") Long gpuMemoryMb,
    @JsonProperty("vgpu_percent") Long vgpuPercent,
    @JsonProperty("storage_gb") Long storageGb) {

  ProductComponents components() {
    return new ProductComponents(
        zero(cpu),
        zero(memoryMb),
        zero(gpu),
        zero(gpuMemoryMb),
        zero(vgpuPercent),
        zero(storageGb));
  }

  private static long zero(Long v) {
    return v == null ? 0 : v;
  }

  /** A spec as a client sends it. */
  public record Spec(
      @JsonProperty("name") String name, @JsonProperty("components") ComponentsEdit components) {}
}
