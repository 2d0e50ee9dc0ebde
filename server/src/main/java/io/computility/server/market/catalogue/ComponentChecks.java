package io.computility.server.market.catalogue;

import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.InvalidInputException;

/** The amounts of a product's components: none negative or absurd, a vGPU share of one card. */
final class ComponentChecks {
  /** More than any one unit of a product can hold (a million cores, an exabyte). */
  static final long MAX = 1_000_000_000L;

  private ComponentChecks() {}

  static ProductComponents check(ComponentsEdit edit, String field) {
    if (edit == null) return ProductComponents.NONE;
    ProductComponents c = edit.components();
    amount(c.cpu(), field + ".cpu");
    amount(c.memoryMb(), field + ".memory_mb");
    amount(c.gpu(), field + ".gpu");
    amount(c.gpuMemoryMb(), field + ".gpu_memory_mb");
    amount(c.storageGb(), field + ".storage_gb");
    if (c.vgpuPercent() < 0 || c.vgpuPercent() > 100) {
      Check.between(c.vgpuPercent(), 0, 100, field + ".vgpu_percent");
    }
    if (c.vgpuPercent() > 0 && c.gpu() > 0) {
      throw Check.bad(field + ".vgpu_percent", "a vGPU slice holds no whole cards (gpu must be 0)");
    }
    return c;
  }

  private static void amount(long value, String field) {
    if (value < 0) throw InvalidInputException.tooSmall(field, 0, value);
    if (value > MAX) throw InvalidInputException.tooLarge(field, MAX, value);
  }

  /** A compute or development-environment unit must hold some compute. */
  static void holdsCompute(ProductComponents c, String field) {
    if (c.cpu() == 0 && c.gpu() == 0 && c.vgpuPercent() == 0) {
      throw Check.bad(field, "a compute product needs cpu, gpu or vgpu_percent above 0");
    }
  }
}
