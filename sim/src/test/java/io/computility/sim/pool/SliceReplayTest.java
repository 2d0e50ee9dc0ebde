package io.computility.sim.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.pool.Decision;
import io.computility.core.pool.NodeSpec;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import io.computility.core.pool.PoolAllocator;
import io.computility.core.pool.TargetWorkload;
import io.computility.core.pool.policy.BestFitPolicy;
import io.computility.core.pool.policy.Policies;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SliceReplayTest {

  /** The first 10 GPU nodes (P100, 2 cards, 64 cores, 256 GiB each) and the first 50 pods. */
  private static List<NodeSpec> nodes() {
    return OpenbTrace.readNodes(OpenbData.file("openb_node_list_gpu_node.csv")).subList(0, 10);
  }

  private static List<PodRequest> pods() {
    return OpenbTrace.readPods(OpenbData.file("openb_pod_list_default.csv")).subList(0, 50);
  }

  @Test
  @DisplayName(
      "NET-7.3b replaying a slice of openb (50 pods, 10 nodes) with BestFit gives the traced result")
  void bestFitSlice() {
    Pool pool = new Pool(nodes());
    PoolAllocator allocator = new PoolAllocator(pool, new BestFitPolicy(), new SplittableRandom(1));
    List<Integer> failed = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    List<PodRequest> pods = pods();
    for (int i = 0; i < pods.size(); i++) {
      Decision d = allocator.place(pods.get(i));
      decisions.add(d);
      if (!d.placed()) {
        failed.add(i);
      }
    }
    // Worked out independently of this code by tracing BestFit (ties to the first node, tightest
    // card for sharing pods) over the CSV rows: 20 cards, 42.77 cards asked, 32 pods placed.
    assertThat(failed)
        .containsExactly(17, 28, 30, 31, 33, 34, 35, 36, 37, 38, 40, 41, 42, 43, 44, 45, 46, 47);
    assertThat(pool.usedGpuMilli()).isEqualTo(19_600);
    assertThat(decisions.subList(0, 6))
        .containsExactly(
            new Decision.Placed(0, "openb-node-0000", new int[] {0}),
            new Decision.Placed(0, "openb-node-0000", new int[] {1}),
            new Decision.Placed(1, "openb-node-0001", new int[] {0}),
            new Decision.Placed(0, "openb-node-0000", new int[] {1}),
            new Decision.Placed(1, "openb-node-0001", new int[] {1}),
            new Decision.Placed(1, "openb-node-0001", new int[0]));
    int[] left = new int[10];
    for (int n = 0; n < 10; n++) {
      left[n] = (int) pool.gpuFreeTotal(n);
    }
    assertThat(left).containsExactly(80, 0, 0, 0, 80, 0, 0, 20, 0, 220);
  }

  @Test
  @DisplayName("NET-7.3b every baseline replays the slice without breaking pool accounting")
  void everyPolicyKeepsAccounts() {
    List<PodRequest> pods = pods();
    TargetWorkload target = TargetWorkload.of(pods);
    PoolReplay replay = new PoolReplay(nodes(), target, 100);
    for (String name : Policies.BASELINES) {
      ReplayResult r = replay.run(pods, Policies.create(name, target, 42), 42);
      assertThat(r.arrivals()).isEqualTo(50);
      assertThat(r.unscheduled()).isGreaterThanOrEqualTo(17); // 8-card pod and beyond 20 cards
      assertThat(r.finalAllocation()).isBetween(0.9, 1.0);
      assertThat(r.finalArrivedShare()).isEqualTo(42_770 / 20_000.0);
    }
  }
}
