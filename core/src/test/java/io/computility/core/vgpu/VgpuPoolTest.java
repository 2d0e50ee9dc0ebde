package io.computility.core.vgpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VgpuPoolTest {
  private VgpuPool pool;

  @BeforeEach
  void twoNodesFourCards() {
    pool = new VgpuPool();
    pool.addCard("n1", "n1-0", 0, "nvidia", "A100", 40_000);
    pool.addCard("n1", "n1-1", 1, "nvidia", "A100", 40_000);
    pool.addCard("n2", "n2-0", 0, "hygon", "Z100", 32_000);
    pool.addCard("n2", "n2-1", 1, "hygon", "Z100", 32_000);
  }

  private static SliceRequest req(String id, int pct, long mb, int count, PlacementPolicy p) {
    return new SliceRequest(id, pct, mb, count, false, p, null, null, null, null, false, null);
  }

  private static List<Slot> slots(PlacementDecision d) {
    assertThat(d).isInstanceOf(PlacementDecision.Place.class);
    return ((PlacementDecision.Place) d).slots();
  }

  @Test
  @DisplayName("POOL-7.3b slices are 1 % compute and 1 MB memory; the card is filled exactly")
  void finestSlices() {
    VgpuPool one = new VgpuPool();
    one.addCard("n", "c", 0, "nvidia", "T4", 1000);
    assertThat(slots(one.place(req("a", 1, 1, 1, null)))).hasSize(1);
    assertThat(slots(one.place(req("b", 99, 999, 1, null))).get(0).memoryMb()).isEqualTo(999);
    assertThat(one.place(req("c", 1, 1, 1, null))).isInstanceOf(PlacementDecision.Queue.class);
    assertThat(one.card("c").orElseThrow().usedMemoryMb()).isEqualTo(1000);
  }

  @Test
  @DisplayName("POOL-7.2a device binpack fills one card, device spread uses the emptiest")
  void deviceBinpackAndSpread() {
    String first =
        slots(pool.place(req("a", 30, 100, 1, PlacementPolicy.DEVICE_BINPACK))).get(0).cardUuid();
    assertThat(
            slots(pool.place(req("b", 30, 100, 1, PlacementPolicy.DEVICE_BINPACK)))
                .get(0)
                .cardUuid())
        .isEqualTo(first);
    assertThat(
            slots(pool.place(req("c", 30, 100, 1, PlacementPolicy.DEVICE_SPREAD)))
                .get(0)
                .cardUuid())
        .isNotEqualTo(first);
  }

  @Test
  @DisplayName("POOL-7.2a node binpack stays on the used node, node spread moves to the other")
  void nodeBinpackAndSpread() {
    String node = slots(pool.place(req("a", 50, 100, 1, null))).get(0).node();
    assertThat(slots(pool.place(req("b", 50, 100, 1, PlacementPolicy.NODE_BINPACK))).get(0).node())
        .isEqualTo(node);
    assertThat(slots(pool.place(req("c", 50, 100, 1, PlacementPolicy.NODE_SPREAD))).get(0).node())
        .isNotEqualTo(node);
  }

  @Test
  @DisplayName("POOL-7.2a local only uses the task's node; local-first falls back to others")
  void localPolicies() {
    SliceRequest local =
        new SliceRequest(
            "a", 100, 1000, 1, false, PlacementPolicy.LOCAL, null, null, null, null, false, "n2");
    assertThat(slots(pool.place(local)).get(0).node()).isEqualTo("n2");
    pool.place(
        new SliceRequest(
            "b", 100, 1000, 1, false, PlacementPolicy.LOCAL, null, null, null, null, false, "n2"));
    assertThat(
            pool.decide(
                new SliceRequest(
                    "c",
                    100,
                    1000,
                    1,
                    false,
                    PlacementPolicy.LOCAL,
                    null,
                    null,
                    null,
                    null,
                    false,
                    "n2")))
        .isInstanceOf(PlacementDecision.Queue.class);
    assertThat(
            slots(
                    pool.place(
                        new SliceRequest(
                            "d",
                            100,
                            1000,
                            1,
                            false,
                            PlacementPolicy.LOCAL_FIRST,
                            null,
                            null,
                            null,
                            null,
                            false,
                            "n2")))
                .get(0)
                .node())
        .isEqualTo("n1");
    assertThat(
            pool.decide(
                new SliceRequest(
                    "e",
                    1,
                    1,
                    1,
                    false,
                    PlacementPolicy.LOCAL,
                    null,
                    null,
                    null,
                    null,
                    false,
                    "cpu-node")))
        .isInstanceOf(PlacementDecision.Reject.class);
  }

  @Test
  @DisplayName("POOL-7.2b the global policy applies unless the task names its own")
  void globalAndPerTask() {
    pool.setGlobalPolicy(PlacementPolicy.DEVICE_SPREAD);
    String a = slots(pool.place(req("a", 10, 10, 1, null))).get(0).cardUuid();
    assertThat(slots(pool.place(req("b", 10, 10, 1, null))).get(0).cardUuid()).isNotEqualTo(a);
    String c =
        slots(pool.place(req("c", 10, 10, 1, PlacementPolicy.DEVICE_BINPACK))).get(0).cardUuid();
    assertThat(pool.card(c).orElseThrow().tasks()).hasSize(2);
  }

  @Test
  @DisplayName("POOL-7.2c pins to node and card model; an absent model is rejected")
  void pinNodeAndModel() {
    SliceRequest z =
        new SliceRequest("a", 10, 10, 1, false, null, null, "Z100", null, null, false, null);
    assertThat(slots(pool.place(z)).get(0).node()).isEqualTo("n2");
    SliceRequest n =
        new SliceRequest("b", 10, 10, 1, false, null, "n1", null, null, null, false, null);
    assertThat(slots(pool.place(n)).get(0).node()).isEqualTo("n1");
    SliceRequest none =
        new SliceRequest("c", 10, 10, 1, false, null, null, "H800", null, null, false, null);
    assertThat(pool.decide(none)).isInstanceOf(PlacementDecision.Reject.class);
  }

  @Test
  @DisplayName("POOL-7.2d pins a specific card")
  void pinCard() {
    SliceRequest r =
        new SliceRequest("a", 10, 10, 1, false, null, null, null, "n2-1", null, false, null);
    assertThat(slots(pool.place(r)).get(0).cardUuid()).isEqualTo("n2-1");
  }

  @Test
  @DisplayName("POOL-T12.5 over-subscription lets two tasks exceed one card's physical size")
  void overSubscription() {
    SliceRequest a =
        new SliceRequest("a", 80, 30_000, 1, false, null, null, null, "n1-0", null, false, null);
    SliceRequest b =
        new SliceRequest("b", 80, 30_000, 1, false, null, null, null, "n1-0", null, false, null);
    pool.place(a);
    assertThat(pool.decide(b)).isInstanceOf(PlacementDecision.Queue.class);
    pool.setOverSubscription("n1-0", 2.0);
    assertThat(slots(pool.place(b)).get(0).cardUuid()).isEqualTo("n1-0");
  }

  @Test
  @DisplayName("POOL-T12.9 tasks with the same affinity share one card")
  void affinity() {
    pool.cardMap().values().forEach(c -> c.setOverSubscription(2.0));
    SliceRequest a =
        new SliceRequest(
            "a",
            100,
            1000,
            1,
            false,
            PlacementPolicy.DEVICE_SPREAD,
            null,
            null,
            null,
            "g",
            false,
            null);
    SliceRequest b =
        new SliceRequest(
            "b",
            100,
            1000,
            1,
            false,
            PlacementPolicy.DEVICE_SPREAD,
            null,
            null,
            null,
            "g",
            false,
            null);
    assertThat(slots(pool.place(b)).get(0).cardUuid())
        .isEqualTo(slots(pool.place(a)).get(0).cardUuid());
  }

  @Test
  @DisplayName("POOL-7.3a a gang request spans nodes; without gang it must fit on one node")
  void gang() {
    SliceRequest three =
        new SliceRequest("a", 50, 100, 3, false, null, null, null, null, null, false, null);
    assertThat(pool.decide(three)).isInstanceOf(PlacementDecision.Reject.class);
    SliceRequest gang =
        new SliceRequest("b", 50, 100, 4, false, null, null, null, null, null, true, null);
    assertThat(slots(pool.place(gang))).extracting(Slot::node).containsOnly("n1", "n2").hasSize(4);
  }

  @Test
  @DisplayName("POOL-T12.15 physical cards go whole to one task; mode cannot change while in use")
  void physicalMode() {
    pool.setCardMode("n1-1", CardMode.PHYSICAL);
    SliceRequest whole =
        new SliceRequest("a", 0, 0, 1, true, null, null, null, null, null, false, null);
    Slot s = slots(pool.place(whole)).get(0);
    assertThat(s.cardUuid()).isEqualTo("n1-1");
    assertThat(s.memoryMb()).isEqualTo(40_000);
    assertThat(
            pool.decide(
                new SliceRequest("b", 0, 0, 1, true, null, null, null, null, null, false, null)))
        .isInstanceOf(PlacementDecision.Queue.class);
    assertThatThrownBy(() -> pool.setCardMode("n1-1", CardMode.VIRTUAL))
        .isInstanceOf(IllegalStateException.class);
    assertThat(pool.decide(req("c", 100, 40_000, 2, null)))
        .isInstanceOf(PlacementDecision.Reject.class);
  }

  @Test
  @DisplayName("POOL-7.1d resize grows or shrinks in place, and refuses beyond the card")
  void resize() {
    pool.place(
        new SliceRequest("a", 40, 1000, 1, false, null, null, null, "n1-0", null, false, null));
    pool.place(
        new SliceRequest("b", 40, 1000, 1, false, null, null, null, "n1-0", null, false, null));
    assertThat(slots(pool.resize("a", 60, 2000)).get(0).computePercent()).isEqualTo(60);
    assertThat(pool.resize("a", 61, 2000)).isInstanceOf(PlacementDecision.Reject.class);
    assertThat(pool.card("n1-0").orElseThrow().usedPercent()).isEqualTo(100);
    pool.resize("a", 10, 10);
    assertThat(pool.card("n1-0").orElseThrow().usedPercent()).isEqualTo(50);
  }

  @Test
  @DisplayName("POOL-7.6a disabled cards and nodes take no new tasks; busy cards are not removed")
  void disableAndRemove() {
    pool.setNodeEnabled("n1", false);
    pool.setCardEnabled("n2-0", false);
    assertThat(slots(pool.place(req("a", 10, 10, 1, null))).get(0).cardUuid()).isEqualTo("n2-1");
    assertThat(pool.removeCard("n2-1")).isFalse();
    pool.release("a");
    assertThat(pool.removeCard("n2-1")).isTrue();
    assertThat(pool.decide(req("b", 10, 10, 1, null))).isInstanceOf(PlacementDecision.Queue.class);
  }
}
