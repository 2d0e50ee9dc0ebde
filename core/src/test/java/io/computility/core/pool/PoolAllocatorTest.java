package io.computility.core.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.pool.policy.BestFitPolicy;
import io.computility.core.pool.policy.RandomPolicy;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PoolAllocatorTest {

  private static List<NodeSpec> twins() {
    return List.of(
        new NodeSpec("a", 8_000, 8_000, 1, "T4"), new NodeSpec("b", 8_000, 8_000, 1, "T4"));
  }

  @Test
  @DisplayName(
      "POOL-7.1d equal scores go to the node of lowest rank, a fixed order for the whole run")
  void tiesFollowRank() {
    Pool pool = new Pool(twins());
    PoolAllocator allocator =
        new PoolAllocator(pool, new BestFitPolicy(), new SplittableRandom(1), new int[] {1, 0});

    Decision d = allocator.place(PodRequest.cpuOnly("p", 1_000, 1_000));

    assertThat(d).isEqualTo(new Decision.Placed(1, "b", new int[0]));
  }

  @Test
  @DisplayName(
      "POOL-7.1e an unschedulable request changes nothing and tallies why each node refused")
  void unschedulable() {
    Pool pool = new Pool(twins());
    PoolAllocator allocator = new PoolAllocator(pool, new BestFitPolicy(), new SplittableRandom(1));

    Decision d = allocator.place(PodRequest.gpu("two", 1_000, 1_000, 2, 1000));

    assertThat(d.placed()).isFalse();
    assertThat(((Decision.Unschedulable) d).reason()).contains("GPU=2");
    assertThat(pool.usedGpuMilli()).isZero();
  }

  @Test
  @DisplayName("POOL-7.1f releasing a placed request restores the pool for the next one")
  void releaseThenPlace() {
    Pool pool = new Pool(twins());
    PoolAllocator allocator = new PoolAllocator(pool, new BestFitPolicy(), new SplittableRandom(1));
    PodRequest whole = PodRequest.gpu("w", 8_000, 8_000, 1, 1000);
    Decision.Placed first = (Decision.Placed) allocator.place(whole);
    Decision.Placed second = (Decision.Placed) allocator.place(whole);
    assertThat(allocator.place(whole).placed()).isFalse();

    allocator.release(whole, first);

    assertThat(second.node()).isNotEqualTo(first.node());
    assertThat(allocator.place(whole)).isEqualTo(first);
    assertThat(pool.usedGpuMilli()).isEqualTo(2000);
  }

  @Test
  @DisplayName("POOL-7.2e Random picks only fitting nodes, each with about equal odds")
  void randomIsUniformOverFittingNodes() {
    List<NodeSpec> nodes =
        List.of(
            new NodeSpec("n0", 8_000, 8_000, 1, "T4"),
            new NodeSpec("n1", 8_000, 8_000, 1, "T4"),
            new NodeSpec("n2", 8_000, 8_000, 1, "T4"),
            new NodeSpec("small", 1_000, 8_000, 1, "T4"));
    int[] hits = new int[4];
    for (int seed = 0; seed < 3000; seed++) {
      PoolAllocator a =
          new PoolAllocator(new Pool(nodes), new RandomPolicy(seed), new SplittableRandom(seed));
      hits[((Decision.Placed) a.place(PodRequest.gpu("p", 4_000, 1, 1, 500))).node()]++;
    }
    assertThat(hits[3]).isZero();
    assertThat(hits[0]).isBetween(850, 1150);
    assertThat(hits[1]).isBetween(850, 1150);
    assertThat(hits[2]).isBetween(850, 1150);
  }
}
