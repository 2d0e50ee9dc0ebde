package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.vgpu.PlacementDecision;
import io.computility.core.vgpu.SliceRequest;
import io.computility.core.vgpu.VgpuPool;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every reason a pool task can carry has its display code (issue 15, "complete zh-CN"). */
class PoolReasonsTest {

  private static SliceRequest req(
      String id, int pct, long mb, int count, String node, String card) {
    return new SliceRequest(id, pct, mb, count, false, null, node, null, card, null, false, null);
  }

  private static String reason(PlacementDecision d) {
    if (d instanceof PlacementDecision.Queue q) return q.reason();
    if (d instanceof PlacementDecision.Reject r) return r.reason();
    throw new AssertionError("placed: " + d);
  }

  @Test
  @DisplayName("POOL-T12.10 the placement rules' queue and reject reasons carry codes and numbers")
  void placementReasons() {
    VgpuPool pool = new VgpuPool();
    pool.addCard("n1", "n1-0", 0, "nvidia", "A100", 1000);
    pool.place(req("a", 80, 100, 1, null, null));

    PoolReasons.Coded noFit = PoolReasons.of(reason(pool.decide(req("b", 50, 200, 1, null, null))));
    assertThat(noFit.code()).isEqualTo("pool.reason.NO_FIT");
    assertThat(noFit.params())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("count", 1L, "computePercent", 50L, "memoryMb", 200L, "physical", false));

    PoolReasons.Coded never =
        PoolReasons.of(reason(pool.decide(req("c", 50, 2000, 1, "n1", null))));
    assertThat(never.code()).isEqualTo("pool.reason.NEVER_FITS");
    assertThat(never.params()).containsEntry("memoryMb", 2000L).containsEntry("node", "n1");

    PoolReasons.Coded tooFew = PoolReasons.of(reason(pool.decide(req("d", 10, 10, 2, null, null))));
    assertThat(tooFew.code()).isEqualTo("pool.reason.TOO_FEW_CARDS");
    assertThat(tooFew.params()).containsEntry("count", 2L).containsEntry("oneNode", true);

    assertThat(PoolReasons.of(reason(pool.decide(req("e", 10, 10, 1, "n9", null)))).code())
        .isEqualTo("pool.reason.UNKNOWN_NODE");
    assertThat(PoolReasons.of(reason(pool.decide(req("f", 10, 10, 1, null, "x")))).params())
        .containsEntry("card", "x");
  }

  @Test
  @DisplayName("POOL-T12.10 the controller's end, timeout and migration reasons carry codes")
  void controllerReasons() {
    assertThat(PoolReasons.of("exited with code 3 on node n1; resources released"))
        .isEqualTo(
            new PoolReasons.Coded("pool.reason.EXITED", Map.of("exitCode", 3L, "node", "n1")));
    assertThat(PoolReasons.of("idle for 60000 ms; virtual resources released"))
        .isEqualTo(new PoolReasons.Coded("pool.reason.IDLE_RELEASED", Map.of("timeoutMs", 60000L)));
    assertThat(
            PoolReasons.of("run timeout of 5 ms reached; task stopped and resources released")
                .code())
        .isEqualTo("pool.reason.RUN_TIMEOUT");
    assertThat(PoolReasons.of("completed; resources released").code())
        .isEqualTo("pool.reason.COMPLETED");
    assertThat(PoolReasons.of("stopped by request; resources released").code())
        .isEqualTo("pool.reason.STOPPED");
    assertThat(PoolReasons.of("the agent on node n2 restarted; task lost").params())
        .isEqualTo(Map.of("node", "n2"));
    assertThat(PoolReasons.of("migrating from node a to node b").params())
        .isEqualTo(Map.of("from", "a", "node", "b"));
    assertThat(PoolReasons.of("migrated from node a to node b").code())
        .isEqualTo("pool.reason.MIGRATED");
    assertThat(PoolReasons.of("migration to node b failed: criu: no space; still on a").params())
        .isEqualTo(Map.of("target", "b", "message", "criu: no space", "node", "a"));
    assertThat(PoolReasons.of("ended (code 0) on node a before it could be migrated").code())
        .isEqualTo("pool.reason.ENDED_BEFORE_MIGRATION");
    assertThat(PoolReasons.of("could not be restored on node b (from a)").code())
        .isEqualTo("pool.reason.RESTORE_FAILED");
    assertThat(PoolReasons.of("something an operator typed")).isNull();
    assertThat(PoolReasons.of(null)).isNull();
  }
}
