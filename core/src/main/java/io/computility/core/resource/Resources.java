package io.computility.core.resource;

/**
 * An amount of compute resources, field for field JC table 2: CPU cores, GPU / NPU / MLU cards,
 * memory in MB, storage in GB and one user-defined resource. Immutable; arithmetic returns new
 * values.
 */
public record Resources(
    long cpu, long gpu, long npu, long mlu, long memoryMb, long storageGb, long userDefine) {

  public static final Resources ZERO = new Resources(0, 0, 0, 0, 0, 0, 0);

  public Resources {
    if (cpu < 0
        || gpu < 0
        || npu < 0
        || mlu < 0
        || memoryMb < 0
        || storageGb < 0
        || userDefine < 0) {
      throw new IllegalArgumentException("resource amounts must not be negative");
    }
  }

  public Resources plus(Resources o) {
    return new Resources(
        cpu + o.cpu,
        gpu + o.gpu,
        npu + o.npu,
        mlu + o.mlu,
        memoryMb + o.memoryMb,
        storageGb + o.storageGb,
        userDefine + o.userDefine);
  }

  /** Subtracts, clamping at zero (used amounts reported by a center may briefly exceed totals). */
  public Resources minusClamped(Resources o) {
    return new Resources(
        Math.max(0, cpu - o.cpu),
        Math.max(0, gpu - o.gpu),
        Math.max(0, npu - o.npu),
        Math.max(0, mlu - o.mlu),
        Math.max(0, memoryMb - o.memoryMb),
        Math.max(0, storageGb - o.storageGb),
        Math.max(0, userDefine - o.userDefine));
  }

  public Resources times(long n) {
    return new Resources(
        cpu * n, gpu * n, npu * n, mlu * n, memoryMb * n, storageGb * n, userDefine * n);
  }

  /** True when {@code demand} fits entirely inside this amount. */
  public boolean covers(Resources demand) {
    return cpu >= demand.cpu
        && gpu >= demand.gpu
        && npu >= demand.npu
        && mlu >= demand.mlu
        && memoryMb >= demand.memoryMb
        && storageGb >= demand.storageGb
        && userDefine >= demand.userDefine;
  }

  /** How many whole copies of {@code unit} fit in this amount; {@link Long#MAX_VALUE} for zero. */
  public long copiesOf(Resources unit) {
    long n = Long.MAX_VALUE;
    n = Math.min(n, div(cpu, unit.cpu));
    n = Math.min(n, div(gpu, unit.gpu));
    n = Math.min(n, div(npu, unit.npu));
    n = Math.min(n, div(mlu, unit.mlu));
    n = Math.min(n, div(memoryMb, unit.memoryMb));
    n = Math.min(n, div(storageGb, unit.storageGb));
    return Math.min(n, div(userDefine, unit.userDefine));
  }

  /** Accelerator cards of any vendor. */
  public long accelerators() {
    return gpu + npu + mlu;
  }

  private static long div(long have, long need) {
    return need == 0 ? Long.MAX_VALUE : have / need;
  }
}
