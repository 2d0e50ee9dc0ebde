package io.computility.core.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FragmentationTest {

  private static final TargetWorkload.Shape WHOLE =
      new TargetWorkload.Shape(1000, 1, 1000, List.of());
  private static final TargetWorkload.Shape HALF =
      new TargetWorkload.Shape(2000, 1, 500, List.of());
  private static final TargetWorkload.Shape CPU = new TargetWorkload.Shape(500, 0, 0, List.of());

  private static TargetWorkload workload() {
    return TargetWorkload.ofShapes(List.of(WHOLE, HALF, CPU), new double[] {2, 1, 1});
  }

  @Test
  @DisplayName(
      "POOL-7.3a node fragmentation is the workload-weighted idle GPU milli each shape cannot use")
  void handComputedNodeFragmentation() {
    Fragmentation f = new Fragmentation(workload());
    int[] cards = {1000, 600, 300};
    // idle 1900. WHOLE (w .5) runs on card 0, cards 1-2 are fragment: 900. HALF (w .25) lacks CPU
    // at 1500 milli: all 1900. CPU-only (w .25) uses no GPU: all 1900. 450 + 475 + 475.
    assertThat(f.fragMilli("T4", 1500, cards, 3)).isCloseTo(1400, within(1e-9));
    // With 2500 milli CPU HALF runs on cards 0-1 and only card 2 (300) is fragment for it.
    assertThat(f.fragMilli("T4", 2500, cards, 3)).isCloseTo(450 + 75 + 475, within(1e-9));
    assertThat(f.fragMilli("T4", 2500, new int[0], 0)).isZero();
  }

  @Test
  @DisplayName("POOL-7.3b a shape restricted to other GPU models sees the whole node as fragment")
  void modelConstraint() {
    TargetWorkload w =
        TargetWorkload.ofShapes(
            List.of(new TargetWorkload.Shape(1000, 1, 1000, List.of("V100M32"))), new double[] {1});
    Fragmentation f = new Fragmentation(w);
    assertThat(f.fragMilli("T4", 8000, new int[] {1000, 1000}, 2)).isEqualTo(2000);
    assertThat(f.fragMilli("V100M32", 8000, new int[] {1000, 1000}, 2)).isZero();
  }

  @Test
  @DisplayName(
      "POOL-7.3c pool metrics: allocation ratio, fragmentation amount and fragmentation rate")
  void meter() {
    Pool pool = new Pool(List.of(new NodeSpec("n", 1500, 1000, 3, "T4")));
    pool.commit(0, PodRequest.gpu("a", 0, 0, 1, 400), new int[] {1});
    pool.commit(0, PodRequest.gpu("b", 0, 0, 1, 700), new int[] {2});
    FragmentationMeter m = new FragmentationMeter(pool, workload());

    assertThat(m.allocationRatio()).isCloseTo(1100 / 3000.0, within(1e-12));
    assertThat(m.fragmentationAmount()).isCloseTo(1400 / 3000.0, within(1e-12));
    assertThat(m.fragmentationRate()).isCloseTo(1400 / 1900.0, within(1e-12));

    pool.release(0, PodRequest.gpu("b", 0, 0, 1, 700), new int[] {2});
    // cards 1000, 600, 1000: WHOLE leaves 600, HALF lacks CPU (2600), CPU-only 2600.
    assertThat(m.fragMilli()).isCloseTo(300 + 650 + 650, within(1e-9));
  }

  @Test
  @DisplayName(
      "POOL-7.3d the target workload keeps the most frequent shapes up to the coverage and renormalises")
  void targetWorkloadCoverage() {
    List<PodRequest> pods = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      pods.add(PodRequest.gpu("x" + i, 1000, 1, 1, 1000));
    }
    for (int i = 0; i < 3; i++) {
      pods.add(PodRequest.gpu("y" + i, 2000, 1, 1, 500));
    }
    pods.add(PodRequest.cpuOnly("z0", 500, 1));
    pods.add(PodRequest.cpuOnly("z1", 500, 1));

    TargetWorkload cut = TargetWorkload.of(pods, 0.75);
    assertThat(cut.size()).isEqualTo(2);
    assertThat(cut.shape(0)).isEqualTo(WHOLE);
    assertThat(cut.weight(0)).isEqualTo(5 / 8.0);
    assertThat(cut.shape(1)).isEqualTo(HALF);
    assertThat(cut.weight(1)).isEqualTo(3 / 8.0);

    TargetWorkload all = TargetWorkload.of(pods);
    assertThat(all.size()).isEqualTo(3);
    assertThat(all.weight(2)).isEqualTo(0.2);
  }
}
