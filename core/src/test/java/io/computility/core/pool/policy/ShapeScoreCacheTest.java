package io.computility.core.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.pool.NodeScorePolicy;
import io.computility.core.pool.NodeSpec;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import io.computility.core.pool.PoolAllocator;
import io.computility.core.pool.TargetWorkload;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FGD and FragPack reuse a node's score while the node is unchanged: along a whole replay, the
 * long-lived (caching) instance must score and pick cards exactly as a fresh instance would.
 */
class ShapeScoreCacheTest {

  private static final int[] SHARES = {1000, 1000, 810, 470, 320, 650, 230, 160, 500};

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"FGD", "FragPack"})
  @DisplayName(
      "POOL-7.2 cached node scores equal freshly computed ones at every arrival of a replay")
  void cachedEqualsFresh(String name) {
    SplittableRandom random = new SplittableRandom(5);
    List<NodeSpec> nodes = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      nodes.add(new NodeSpec("n" + i, 32_000 + 16_000L * (i % 3), 256_000, 1 << (i % 4), "T4"));
    }
    List<PodRequest> pods = new ArrayList<>();
    for (int i = 0; i < 160; i++) {
      int milli = SHARES[random.nextInt(SHARES.length)];
      int count = milli == 1000 && random.nextInt(4) == 0 ? 2 : 1;
      pods.add(
          random.nextInt(8) == 0
              ? PodRequest.cpuOnly("c" + i, 2_000 + random.nextInt(6) * 1_000L, 1_000)
              : PodRequest.gpu("g" + i, 4_000 + random.nextInt(3) * 4_000L, 1_000, count, milli));
    }
    TargetWorkload w = TargetWorkload.of(pods);
    Function<TargetWorkload, NodeScorePolicy> make = t -> Policies.create(name, t, 1);
    Pool pool = new Pool(nodes);
    NodeScorePolicy cached = make.apply(w);
    PoolAllocator allocator = new PoolAllocator(pool, cached, new SplittableRandom(1));
    int placed = 0;
    for (PodRequest p : pods) {
      for (int n = 0; n < pool.size(); n++) {
        if (pool.fits(n, p)) {
          NodeScorePolicy fresh = make.apply(w);
          assertThat(cached.score(pool, n, p))
              .as("%s on node %d", p.name(), n)
              .isEqualTo(fresh.score(pool, n, p));
          assertThat(cached.selectGpus(pool, n, p, random))
              .isEqualTo(fresh.selectGpus(pool, n, p, random));
        }
      }
      placed += allocator.place(p).placed() ? 1 : 0;
    }
    assertThat(placed).isBetween(40, pods.size() - 1); // the pool fills up: scores change a lot
  }
}
