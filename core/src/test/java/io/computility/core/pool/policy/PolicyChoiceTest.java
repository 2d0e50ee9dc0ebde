package io.computility.core.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.pool.Decision;
import io.computility.core.pool.NodeScorePolicy;
import io.computility.core.pool.NodeSpec;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import io.computility.core.pool.PoolAllocator;
import io.computility.core.pool.TargetWorkload;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each policy's choice on tiny pools, with the scores worked out by hand in the comments. */
class PolicyChoiceTest {

  private static Decision place(Pool pool, NodeScorePolicy policy, PodRequest pod) {
    return new PoolAllocator(pool, policy, new SplittableRandom(7)).place(pod);
  }

  /** big: 64 cores, 8 free cards. tight: 14 cores and cards at 300 and 1000 milli free. */
  private static Pool bigAndTight() {
    Pool pool =
        new Pool(
            List.of(
                new NodeSpec("big", 64_000, 512_000, 8, "G2"),
                new NodeSpec("tight", 16_000, 64_000, 2, "T4")));
    pool.commit(1, PodRequest.gpu("pre", 2_000, 1_000, 1, 700), new int[] {0});
    return pool;
  }

  @Test
  @DisplayName(
      "POOL-7.2a BestFit sends a sharing pod to the node left emptiest-least, on the tightest card")
  void bestFit() {
    Pool pool = bigAndTight();
    PodRequest share = PodRequest.gpu("s", 4_000, 1_000, 1, 250);
    BestFitPolicy policy = new BestFitPolicy();
    // big: 1 - (.5 * 60000/128000 + .5 * 7750/8000) = .28125; tight: 1 - (.5 * 10000/128000 + .5 *
    // 1050/8000)
    assertThat(policy.score(pool, 0, share)).isEqualTo(28);
    assertThat(policy.score(pool, 1, share)).isEqualTo(89);
    assertThat(place(pool, policy, share))
        .isEqualTo(new Decision.Placed(1, "tight", new int[] {0}));
  }

  @Test
  @DisplayName("POOL-7.2b DotProduct scores 100 * (1 - dot/2) on max-normalised CPU and GPU")
  void dotProduct() {
    Pool pool = bigAndTight();
    PodRequest whole = PodRequest.gpu("w", 8_000, 1_000, 1, 1000);
    DotProductPolicy policy = new DotProductPolicy();
    // big: (.5 * .0625 + 1 * .125) / 2 = .078125 -> 92; tight: (.109375 * .0625 + .1625 * .125) / 2
    // -> 98
    assertThat(policy.score(pool, 0, whole)).isEqualTo(92);
    assertThat(policy.score(pool, 1, whole)).isEqualTo(98);
    assertThat(place(pool, policy, whole))
        .isEqualTo(new Decision.Placed(1, "tight", new int[] {1}));
  }

  @Test
  @DisplayName(
      "POOL-7.2c GpuPacking prefers partly used cards, then used nodes, then the smallest idle node")
  void gpuPacking() {
    Pool pool =
        new Pool(
            List.of(
                new NodeSpec("eight", 64_000, 512_000, 8, "G2"),
                new NodeSpec("two", 16_000, 64_000, 2, "T4"),
                new NodeSpec("used", 16_000, 64_000, 2, "T4")));
    pool.commit(2, PodRequest.gpu("pre", 1_000, 1_000, 1, 600), new int[] {0});
    GpuPackingPolicy policy = new GpuPackingPolicy();
    PodRequest share = PodRequest.gpu("s", 1_000, 1_000, 1, 300);
    PodRequest whole = PodRequest.gpu("w", 1_000, 1_000, 1, 1000);
    // idle nodes: max(33 - cards, cards); used card with 400 free: 100 - 40 / 10
    assertThat(policy.score(pool, 0, share)).isEqualTo(25);
    assertThat(policy.score(pool, 1, share)).isEqualTo(31);
    assertThat(policy.score(pool, 2, share)).isEqualTo(96);
    assertThat(place(pool, policy, share)).isEqualTo(new Decision.Placed(2, "used", new int[] {0}));
    // a free card on a used node: 50 - 1
    assertThat(policy.score(pool, 2, whole)).isEqualTo(49);
    assertThat(place(pool, policy, whole)).isEqualTo(new Decision.Placed(2, "used", new int[] {1}));
    assertThat(place(pool, policy, whole)).isEqualTo(new Decision.Placed(1, "two", new int[] {0}));
    assertThat(policy.score(pool, 0, PodRequest.cpuOnly("c", 1, 1))).isZero();
  }

  @Test
  @DisplayName("POOL-7.2d GpuClustering keeps pods of one kind (sharing, 1 card, 2 cards) together")
  void gpuClustering() {
    Pool pool =
        new Pool(
            List.of(
                new NodeSpec("shares", 32_000, 64_000, 4, "T4"),
                new NodeSpec("singles", 32_000, 64_000, 4, "T4"),
                new NodeSpec("empty", 32_000, 64_000, 4, "T4")));
    pool.commit(0, PodRequest.gpu("s0", 1_000, 1_000, 1, 500), new int[] {0});
    pool.commit(1, PodRequest.gpu("w0", 1_000, 1_000, 1, 1000), new int[] {0});
    GpuClusteringPolicy policy = new GpuClusteringPolicy();
    PodRequest share = PodRequest.gpu("s", 1_000, 1_000, 1, 200);
    PodRequest one = PodRequest.gpu("o", 1_000, 1_000, 1, 1000);
    PodRequest two = PodRequest.gpu("t", 1_000, 1_000, 2, 1000);
    // in-band part: 25 * (8000 - free) / 8000 = 14, 15, 12
    assertThat(policy.score(pool, 0, share)).isEqualTo(75 + 14);
    assertThat(policy.score(pool, 1, share)).isEqualTo(15);
    assertThat(policy.score(pool, 2, share)).isEqualTo(25 + 12);
    assertThat(place(pool, policy, share))
        .isEqualTo(new Decision.Placed(0, "shares", new int[] {0}));
    assertThat(place(pool, policy, one))
        .isEqualTo(new Decision.Placed(1, "singles", new int[] {1}));
    assertThat(place(pool, policy, two))
        .isEqualTo(new Decision.Placed(2, "empty", new int[] {0, 1}));
  }

  /** A: cards at 1000 and 500 free, 7 cores free; B: two free cards, 8 cores. */
  private static Pool fgdPool() {
    Pool pool =
        new Pool(
            List.of(
                new NodeSpec("a", 8_000, 64_000, 2, "T4"),
                new NodeSpec("b", 8_000, 64_000, 2, "T4")));
    pool.commit(0, PodRequest.gpu("pre", 1_000, 1_000, 1, 500), new int[] {1});
    return pool;
  }

  private static FgdPolicy fgd() {
    // Target workload: only whole-card pods needing 1 core.
    return new FgdPolicy(
        TargetWorkload.ofShapes(
            List.of(new TargetWorkload.Shape(1_000, 1, 1000, List.of())), new double[] {1}));
  }

  @Test
  @DisplayName(
      "POOL-7.2f FGD puts a sharing pod on the card whose use lowers expected fragmentation")
  void fgdSharing() {
    Pool pool = fgdPool();
    FgdPolicy policy = fgd();
    PodRequest share = PodRequest.gpu("s", 1_000, 1_000, 1, 500);
    // a/card 1: 500 fragment -> 0, gradient +500 -> (long) (100 * sigmoid(.5)) = 62
    // a/card 0 or b: 500 more fragment -> sigmoid(-.5) -> 37
    assertThat(policy.score(pool, 0, share)).isEqualTo(62);
    assertThat(policy.score(pool, 1, share)).isEqualTo(37);
    assertThat(place(pool, policy, share)).isEqualTo(new Decision.Placed(0, "a", new int[] {1}));
  }

  @Test
  @DisplayName("POOL-7.2g FGD keeps CPU-only pods off nodes where they would strand whole cards")
  void fgdCpuOnly() {
    Pool pool = fgdPool();
    FgdPolicy policy = fgd();
    PodRequest cpu = PodRequest.cpuOnly("c", 6_500, 1_000);
    // a: 500 milli CPU left < 1000, both idle cards (1500) become fragment: -1000 -> 26; b: no
    // change -> 50
    assertThat(policy.score(pool, 0, cpu)).isEqualTo(26);
    assertThat(policy.score(pool, 1, cpu)).isEqualTo(50);
    assertThat(place(pool, policy, cpu)).isEqualTo(new Decision.Placed(1, "b", new int[0]));
  }
}
