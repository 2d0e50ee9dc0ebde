package io.computility.server.market.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The amounts one unit of a product holds, by component (GPU card, GPU memory, CPU, memory,
 * storage, vGPU compute share); what provisioning grants and what component pricing rates. Zero
 * where a product has none of a component.
 *
 * @param cpu CPU cores
 * @param memoryMb memory in MiB
 * @param gpu whole accelerator cards
 * @param gpuMemoryMb accelerator memory in MiB (whole cards' or a slice's)
 * @param vgpuPercent compute share of one card in percent (a vGPU slice; 0 for whole cards)
 * @param storageGb storage in GiB
 */
public record ProductComponents(
    @JsonProperty("cpu") long cpu,
    @JsonProperty("memory_mb") long memoryMb,
    @JsonProperty("gpu") long gpu,
    @JsonProperty("gpu_memory_mb") long gpuMemoryMb,
    @JsonProperty("vgpu_percent") long vgpuPercent,
    @JsonProperty("storage_gb") long storageGb) {

  public static final ProductComponents NONE = new ProductComponents(0, 0, 0, 0, 0, 0);

  /** These amounts times {@code n} units. */
  public ProductComponents times(long n) {
    return new ProductComponents(
        cpu * n, memoryMb * n, gpu * n, gpuMemoryMb * n, vgpuPercent * n, storageGb * n);
  }

  /** True for a vGPU slice of the pool: a compute share below one card. */
  public boolean slice() {
    return vgpuPercent > 0;
  }
}
