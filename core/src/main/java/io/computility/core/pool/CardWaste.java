package io.computility.core.pool;

/**
 * Look-ahead waste of one card: the GPU milli expected to stay idle on a card with {@code f} milli
 * free if pods drawn from the target workload keep landing on it until none fits. {@code E(f) = f}
 * when no shape fits, otherwise the mean of {@code E(f - m)} over the fitting per-card shares
 * {@code m}, weighted by how often a card receives that share (a pod of k cards counts k times).
 * FGD's measure only asks whether a shape fits now; this one sees that 530 free milli will most
 * likely end as 60 (470 + 470) while 190 free milli stays 190.
 */
public final class CardWaste {

  private final double[] expected = new double[Pool.GPU_MILLI + 1];

  public CardWaste(TargetWorkload workload) {
    double[] weight = new double[Pool.GPU_MILLI + 1];
    for (int i = 0; i < workload.size(); i++) {
      TargetWorkload.Shape s = workload.shape(i);
      if (s.gpuCount() > 0) {
        weight[s.gpuMilli()] += workload.weight(i) * s.gpuCount();
      }
    }
    for (int f = 1; f <= Pool.GPU_MILLI; f++) {
      double total = 0;
      double sum = 0;
      for (int m = 1; m <= f; m++) {
        if (weight[m] > 0) {
          total += weight[m];
          sum += weight[m] * expected[f - m];
        }
      }
      expected[f] = total == 0 ? f : sum / total;
    }
  }

  /** Expected idle milli left on a card that has {@code freeMilli} free now. */
  public double of(int freeMilli) {
    return expected[freeMilli];
  }
}
