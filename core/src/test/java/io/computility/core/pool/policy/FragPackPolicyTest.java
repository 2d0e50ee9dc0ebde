package io.computility.core.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.pool.CardWaste;
import io.computility.core.pool.Decision;
import io.computility.core.pool.NodeSpec;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import io.computility.core.pool.PoolAllocator;
import io.computility.core.pool.TargetWorkload;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Computility's default pool policy on cases small enough to work out by hand. */
class FragPackPolicyTest {

  private static TargetWorkload shapes(long cpu, int... perCardMilli) {
    List<TargetWorkload.Shape> s =
        java.util.Arrays.stream(perCardMilli)
            .mapToObj(m -> new TargetWorkload.Shape(cpu, 1, m, List.of()))
            .toList();
    double[] w = new double[s.size()];
    java.util.Arrays.fill(w, 1);
    return TargetWorkload.ofShapes(s, w);
  }

  @Test
  @DisplayName("POOL-7.2 look-ahead card waste: E(f) = f when nothing fits, else mean of E(f - m)")
  void cardWaste() {
    CardWaste halves = new CardWaste(shapes(1_000, 500));
    assertThat(halves.of(499)).isEqualTo(499); // no 500 fits
    assertThat(halves.of(700)).isEqualTo(200); // 700 -> 200 after one half
    assertThat(halves.of(1000)).isZero(); // two halves fill it
    CardWaste mixed = new CardWaste(shapes(1_000, 300, 600));
    // E(900) = (E(600) + E(300)) / 2; E(600) = (E(300) + E(0)) / 2 = 0; E(300) = 0 -> 0
    assertThat(mixed.of(900)).isZero();
    // E(800) = (E(500) + E(200)) / 2; E(500) = E(200) = 200 -> 200
    assertThat(mixed.of(800)).isEqualTo(200);
    // E(1000) = (E(700) + E(400)) / 2 = (100 + 100) / 2; E(700) = (E(400) + E(100)) / 2
    assertThat(mixed.of(700)).isEqualTo(100);
    assertThat(mixed.of(1000)).isEqualTo(100);
  }

  @Test
  @DisplayName(
      "POOL-7.2 FragPack keeps CPU for idle GPUs: a CPU-only pod avoids the node it would starve,"
          + " where FGD sees a tie")
  void cpuStarvation() {
    // Workload: whole cards with 4 cores each. "small" has 8 cores for 2 cards, "roomy" 64.
    TargetWorkload w =
        TargetWorkload.ofShapes(
            List.of(new TargetWorkload.Shape(4_000, 1, 1000, List.of())), new double[] {1});
    List<NodeSpec> nodes =
        List.of(
            new NodeSpec("small", 8_000, 64_000, 2, "T4"),
            new NodeSpec("roomy", 64_000, 64_000, 2, "T4"));
    PodRequest cpuPod = PodRequest.cpuOnly("c", 4_000, 1_000);
    // FGD: 4 cores still serve a 4-core shape on "small", fragmentation unchanged on both -> tie,
    // first node wins.
    Decision fgd =
        new PoolAllocator(new Pool(nodes), new FgdPolicy(w), new SplittableRandom(1)).place(cpuPod);
    assertThat(fgd).isEqualTo(new Decision.Placed(0, "small", new int[0]));
    // FragPack: starving threshold 0.85 * 4 = 3.4 cores per card (no CPU-only shape, so the
    // whole-workload term 0.65 * 4 is lower); on "small" 2000 idle milli face 4000 / 3.4 = 1176
    // servable -> 824 milli start to starve (a 21-bucket drop); "roomy" 0.
    FragPackPolicy policy = new FragPackPolicy(w);
    Pool pool = new Pool(nodes);
    assertThat(Math.floorDiv(policy.score(pool, 0, cpuPod), 1_000_000)).isEqualTo(-21);
    assertThat(Math.floorDiv(policy.score(pool, 1, cpuPod), 1_000_000)).isZero();
    Decision ours = new PoolAllocator(pool, policy, new SplittableRandom(1)).place(cpuPod);
    assertThat(ours).isEqualTo(new Decision.Placed(1, "roomy", new int[0]));
  }

  @Test
  @DisplayName(
      "POOL-7.2 FragPack keeps memory for idle GPUs: a memory-heavy pod avoids the node it would"
          + " starve, where FGD (which ignores memory) sees a tie")
  void memoryStarvation() {
    // The pod list: whole cards with 4 cores and 40 000 MiB each -> 40 MiB per GPU milli.
    TargetWorkload w =
        TargetWorkload.of(
            List.of(
                PodRequest.gpu("a", 4_000, 40_000, 1, 1000),
                PodRequest.gpu("b", 4_000, 40_000, 1, 1000)));
    assertThat(w.memoryMibPerGpuMilli()).isEqualTo(40);
    List<NodeSpec> nodes =
        List.of(
            new NodeSpec("small", 64_000, 64_000, 2, "T4"),
            new NodeSpec("roomy", 64_000, 256_000, 2, "T4"));
    PodRequest memPod = PodRequest.cpuOnly("m", 4_000, 30_000);
    Decision fgd =
        new PoolAllocator(new Pool(nodes), new FgdPolicy(w), new SplittableRandom(1)).place(memPod);
    assertThat(fgd).isEqualTo(new Decision.Placed(0, "small", new int[0]));
    // Threshold 0.73 * 40 = 29.2 MiB per GPU milli. "small" keeps 34 000 MiB, which serves 1164
    // milli of its 2000 idle -> 836 milli start to starve (bucket floor(-836 / 40) = -21); before,
    // 64 000 MiB served all 2000. "roomy" keeps 226 000 MiB: nothing starves. CPU (60 cores left
    // for 2 cards) starves nowhere.
    FragPackPolicy policy = new FragPackPolicy(w);
    Pool pool = new Pool(nodes);
    assertThat(Math.floorDiv(policy.score(pool, 0, memPod), 1_000_000)).isEqualTo(-21);
    assertThat(Math.floorDiv(policy.score(pool, 1, memPod), 1_000_000)).isZero();
    Decision ours = new PoolAllocator(pool, policy, new SplittableRandom(1)).place(memPod);
    assertThat(ours).isEqualTo(new Decision.Placed(1, "roomy", new int[0]));
  }

  @Test
  @DisplayName("POOL-7.2 FragPack completes a half-used card rather than opening a fresh one")
  void packsSharedCards() {
    TargetWorkload w = shapes(1_000, 500);
    Pool pool =
        new Pool(
            List.of(
                new NodeSpec("fresh", 64_000, 64_000, 2, "T4"),
                new NodeSpec("used", 64_000, 64_000, 2, "T4")));
    pool.commit(1, PodRequest.gpu("pre", 1_000, 1_000, 1, 500), new int[] {1});
    Decision d =
        new PoolAllocator(pool, new FragPackPolicy(w), new SplittableRandom(1))
            .place(PodRequest.gpu("half", 1_000, 1_000, 1, 500));
    assertThat(d).isEqualTo(new Decision.Placed(1, "used", new int[] {1}));
    assertThat(pool.gpuFree(1, 1)).isZero();
  }

  @Test
  @DisplayName(
      "POOL-7.2 FragPack's constants are explicit parameters: bucket width, offset and starving"
          + " share move the score as worked out by hand; bad values are refused")
  void explicitParams() {
    TargetWorkload w =
        TargetWorkload.ofShapes(
            List.of(new TargetWorkload.Shape(4_000, 1, 1000, List.of())), new double[] {1});
    List<NodeSpec> nodes = List.of(new NodeSpec("small", 8_000, 64_000, 2, "T4"));
    PodRequest cpuPod = PodRequest.cpuOnly("c", 4_000, 1_000);
    FragPackPolicy.Params d = FragPackPolicy.Params.DEFAULT;
    // As in cpuStarvation: 824 milli start to starve. 80-milli buckets: floor(-824 / 80) = -11;
    // offset 16 milli: floor(-840 / 40) = -21 still, offset 17: floor(-841 / 40) = -22.
    assertThat(bucket(w, nodes, cpuPod, d)).isEqualTo(-21);
    assertThat(bucket(w, nodes, cpuPod, withBucket(d, 80, 0))).isEqualTo(-11);
    assertThat(bucket(w, nodes, cpuPod, withBucket(d, 40, 16))).isEqualTo(-21);
    assertThat(bucket(w, nodes, cpuPod, withBucket(d, 40, 17))).isEqualTo(-22);
    // Starving share 1.0: 4 cores per card; 4 cores left serve 1000 of 2000 idle milli -> -25.
    FragPackPolicy.Params full =
        new FragPackPolicy.Params(
            d.lookAhead(), 1.0, d.starvingShareAll(), d.memoryShare(), 40, 0, d.cpuWeight());
    assertThat(bucket(w, nodes, cpuPod, full)).isEqualTo(-25);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> withBucket(d, 0, 0));
  }

  private static FragPackPolicy.Params withBucket(FragPackPolicy.Params p, double w, double o) {
    return new FragPackPolicy.Params(
        p.lookAhead(),
        p.starvingShare(),
        p.starvingShareAll(),
        p.memoryShare(),
        w,
        o,
        p.cpuWeight());
  }

  private static long bucket(
      TargetWorkload w, List<NodeSpec> nodes, PodRequest r, FragPackPolicy.Params p) {
    return Math.floorDiv(new FragPackPolicy(w, p).score(new Pool(nodes), 0, r), 1_000_000);
  }
}
