package io.computility.adapter.kubernetes;

import io.computility.core.resource.Resources;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Kubernetes extended resource names of accelerators and how they fold into JC resources: NVIDIA
 * GPUs (also HAMi's virtual GPUs), Huawei Ascend NPUs, Cambricon MLUs. HAMi's GPU memory (MB) and
 * core percentage are reported alongside (see {@link KubernetesResourceView}).
 */
final class Accelerators {
  static final String NVIDIA_GPU = "nvidia.com/gpu";
  static final String ASCEND_910 = "huawei.com/Ascend910";
  static final String ASCEND_310 = "huawei.com/Ascend310";
  static final String CAMBRICON_MLU = "cambricon.com/mlu";
  static final String HAMI_GPU_MEM = "nvidia.com/gpumem";
  static final String HAMI_GPU_CORES = "nvidia.com/gpucores";

  private Accelerators() {}

  /** CPU cores, memory MB, ephemeral storage GB and accelerator cards of a resource list. */
  static Resources toResources(Map<String, Quantity> q) {
    if (q == null) return Resources.ZERO;
    return new Resources(
        (long) Math.floor(amount(q, "cpu").doubleValue()),
        amount(q, NVIDIA_GPU).longValue(),
        amount(q, ASCEND_910).longValue() + amount(q, ASCEND_310).longValue(),
        amount(q, CAMBRICON_MLU).longValue(),
        amount(q, "memory").divide(BigDecimal.valueOf(1024L * 1024)).longValue(),
        amount(q, "ephemeral-storage").divide(BigDecimal.valueOf(1024L * 1024 * 1024)).longValue(),
        0);
  }

  static BigDecimal amount(Map<String, Quantity> q, String name) {
    Quantity v = q == null ? null : q.get(name);
    return v == null ? BigDecimal.ZERO : Quantity.getAmountInBytes(v);
  }
}
