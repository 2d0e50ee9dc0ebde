package io.computility.core.vgpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.computility.core.pool.Fragmentation;
import io.computility.core.pool.NodeSpec;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import io.computility.core.pool.TargetWorkload;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FragAwarePolicyTest {
  private static final PlacementPolicy FRAG = PlacementPolicy.FRAG_AWARE;

  private static SliceRequest req(String id, int pct, long mb, int count, PlacementPolicy p) {
    return new SliceRequest(id, pct, mb, count, false, p, null, null, null, null, false, null);
  }

  private static SliceRequest whole(String id, int count, PlacementPolicy p) {
    return new SliceRequest(id, 0, 0, count, true, p, null, null, null, null, false, null);
  }

  private static Slot only(PlacementDecision d) {
    assertThat(d).isInstanceOf(PlacementDecision.Place.class);
    List<Slot> slots = ((PlacementDecision.Place) d).slots();
    assertThat(slots).hasSize(1);
    return slots.get(0);
  }

  private static void cards(VgpuPool pool, String node, int n) {
    for (int i = 0; i < n; i++) pool.addCard(node, node + "-" + i, i, "nvidia", "A100", 10_000);
  }

  @Test
  @DisplayName(
      "POOL-7.2a POOL-7.2b POOL-T12.27 frag-aware is parsed and named like the other policies and is the global default")
  void wireName() {
    assertThat(PlacementPolicy.parse("frag-aware")).isEqualTo(FRAG);
    assertThat(PlacementPolicy.parse("FRAG_AWARE")).isEqualTo(FRAG);
    assertThat(FRAG.wireName()).isEqualTo("frag-aware");
    assertThat(new VgpuPool().globalPolicy()).isEqualTo(FRAG);
  }

  @Test
  @DisplayName(
      "POOL-7.2a POOL-7.3b a 50 % slice goes to the card that keeps room for the mix, not the fullest")
  void halfSliceKeepsMixCompatibleRoom() {
    VgpuPool pool = new VgpuPool();
    cards(pool, "n1", 2);
    pool.commit(req("x", 40, 100, 1, null), List.of(new Slot("n1", "n1-0", 0, 40, 100)));
    // Mix {40 %, 50 %}, weight 1/2 each. Card 0 has 600 milli free, card 1 has 1000.
    // On card 0 it leaves [100, 1000]: for both shapes only card 1 fits, 100 milli is fragment.
    // On card 1 it leaves [600, 500]: both shapes fit both cards, nothing is fragment.
    SliceRequest half = req("half", 50, 100, 1, FRAG);
    assertThat(pool.decide(half.withPolicy(PlacementPolicy.DEVICE_BINPACK)))
        .satisfies(d -> assertThat(only(d).cardUuid()).isEqualTo("n1-0"));
    VCard c0 = pool.card("n1-0").orElseThrow();
    VCard c1 = pool.card("n1-1").orElseThrow();
    assertThat(pool.fragmentation().growth(c0, 500)).isCloseTo(100, within(1e-9));
    assertThat(pool.fragmentation().growth(c1, 500)).isCloseTo(0, within(1e-9));
    assertThat(only(pool.place(half)).cardUuid()).isEqualTo("n1-1");
  }

  @Test
  @DisplayName(
      "POOL-7.2a POOL-7.2b with two-card tasks in the mix a whole-card slice spares the node that still holds a pair; a per-task device-binpack overrides the global frag-aware")
  void wholeCardsKeptForPairs() {
    VgpuPool pool = new VgpuPool();
    pool.setGlobalPolicy(FRAG);
    cards(pool, "n1", 2);
    cards(pool, "n2", 3);
    // The mix: two tasks of 2 x 100 % (asked, still waiting) and the 100 % slice: weights 2/3, 1/3.
    pool.decide(req("pair-1", 100, 100, 2, null));
    pool.decide(req("pair-2", 100, 100, 2, null));
    SliceRequest one = req("one", 100, 100, 1, null);
    pool.decide(one);
    // n1: the pair shape loses its only pair, 1000 of the 2000 milli it could use become
    // fragment: 2/3 x 1000. n2 keeps a pair; the emptied card is no fragment: 0.
    assertThat(pool.fragmentation().growth(pool.card("n1-0").orElseThrow(), 1000))
        .isCloseTo(2000 / 3.0, within(1e-9));
    assertThat(pool.fragmentation().growth(pool.card("n2-0").orElseThrow(), 1000))
        .isCloseTo(0, within(1e-9));
    assertThat(only(pool.decide(one)).node()).isEqualTo("n2");
    assertThat(only(pool.decide(one.withPolicy(PlacementPolicy.DEVICE_BINPACK))).node())
        .isEqualTo("n1");
    // So both waiting pairs still fit (under device binpack only one would: n1 [0, 1000]).
    only(pool.place(one));
    assertThat(pool.place(req("pair-1", 100, 100, 2, null)))
        .isInstanceOf(PlacementDecision.Place.class);
    assertThat(pool.place(req("pair-2", 100, 100, 2, null)))
        .isInstanceOf(PlacementDecision.Place.class);
  }

  @Test
  @DisplayName(
      "POOL-T12.15 POOL-7.2a a whole physical card is taken where no pair of idle physical cards is broken")
  void physicalCards() {
    VgpuPool pool = new VgpuPool();
    cards(pool, "n1", 2);
    cards(pool, "n2", 3);
    for (VCard c : pool.cardMap().values()) pool.setCardMode(c.uuid(), CardMode.PHYSICAL);
    pool.decide(whole("pair", 2, FRAG));
    assertThat(only(pool.place(whole("one", 1, FRAG))).node()).isEqualTo("n2");
    assertThat(only(pool.decide(whole("other", 1, PlacementPolicy.DEVICE_BINPACK))).node())
        .isEqualTo("n1");
  }

  @Test
  @DisplayName(
      "POOL-7.2a the indexed search for one slice answers what the full scan of every card answers")
  void indexMatchesScan() {
    Random rnd = new Random(7);
    int[] sizes = {10, 20, 25, 30, 50, 60, 70, 100};
    for (int round = 0; round < 40; round++) {
      VgpuPool pool = new VgpuPool();
      for (int n = 0; n < 6; n++) cards(pool, "n" + n, 1 + rnd.nextInt(4));
      for (int t = 0; t < 25; t++) {
        SliceRequest r =
            req(
                "r" + round + "-" + t,
                sizes[rnd.nextInt(sizes.length)],
                1 + rnd.nextInt(3000),
                1 + rnd.nextInt(2),
                FRAG);
        pool.place(r);
      }
      for (int q = 0; q < 10; q++) {
        SliceRequest r =
            req("q" + q, sizes[rnd.nextInt(sizes.length)], 1 + rnd.nextInt(3000), 1, FRAG);
        PlacementDecision indexed = pool.decide(r);
        // A pin every card matches forces the scan over every card (PlacementRules' slow path).
        PlacementDecision scanned =
            pool.decide(
                new SliceRequest(
                    r.taskId(),
                    r.computePercent(),
                    r.memoryMb(),
                    1,
                    false,
                    FRAG,
                    null,
                    "A100",
                    null,
                    null,
                    false,
                    null));
        if (indexed instanceof PlacementDecision.Place) {
          assertThat(scanned).isEqualTo(indexed);
        } else {
          assertThat(scanned).isInstanceOf(PlacementDecision.Queue.class);
        }
      }
    }
  }

  @Test
  @DisplayName(
      "POOL-7.2a frag-aware measures with the FGD study's Fragmentation and TargetWorkload: same pods, same node state, same figure")
  void sameMathAsTheStudy() {
    VgpuPool vgpu = new VgpuPool();
    cards(vgpu, "n", 4);
    Pool study = new Pool(List.of(new NodeSpec("n", 64_000, 1 << 20, 4, "A100")));
    List<SliceRequest> asked =
        List.of(
            req("a", 30, 100, 1, FRAG),
            req("b", 30, 100, 1, FRAG),
            req("c", 70, 100, 1, FRAG),
            req("d", 100, 100, 2, FRAG),
            req("e", 25, 100, 1, FRAG));
    List<PodRequest> pods = new ArrayList<>();
    for (SliceRequest r : asked) {
      PlacementDecision d = vgpu.place(r);
      PodRequest pod = RecentMix.asPod(r);
      pods.add(pod);
      if (d instanceof PlacementDecision.Place p) {
        int[] gpus = p.slots().stream().mapToInt(Slot::cardIndex).toArray();
        study.commit(0, pod, gpus);
      }
    }
    TargetWorkload expected = TargetWorkload.of(pods);
    TargetWorkload mix = vgpu.recentMix().workload();
    assertThat(mix.size()).isEqualTo(expected.size());
    for (int i = 0; i < mix.size(); i++) {
      assertThat(mix.shape(i)).isEqualTo(expected.shape(i));
      assertThat(mix.weight(i)).isEqualTo(expected.weight(i));
    }
    double studyFigure = new Fragmentation(expected).nodeFragMilli(study, 0);
    assertThat(studyFigure).isPositive();
    assertThat(vgpu.fragmentation().of(vgpu.node("n").orElseThrow())).isEqualTo(studyFigure);
  }

  @Test
  @DisplayName(
      "POOL-7.2a the mix counts a retried (queued) task once and keeps only the last 1,024 tasks")
  void recentMixWindow() {
    RecentMix mix = new RecentMix();
    for (int i = 0; i < 3; i++) mix.record(req("big", 100, 100, 2, FRAG));
    mix.record(req("small", 10, 100, 1, FRAG));
    TargetWorkload w = mix.workload();
    assertThat(w.size()).isEqualTo(2);
    assertThat(w.weight(0)).isEqualTo(0.5);
    assertThat(w.weight(1)).isEqualTo(0.5);
    for (int i = 0; i < RecentMix.WINDOW; i++) mix.record(req("t" + i, 30, 100, 1, FRAG));
    w = mix.workload();
    assertThat(w.size()).isEqualTo(1);
    assertThat(w.shape(0).gpuMilli()).isEqualTo(300);
    assertThat(w.shape(0).gpuCount()).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "POOL-7.2a POOL-7.3b a two-card request goes to the node it leaves usable for the mix, where device binpack would leave two slivers")
  void twoCardRequest() {
    VgpuPool pool = new VgpuPool();
    cards(pool, "n1", 2);
    cards(pool, "n2", 2);
    pool.commit(req("x1", 40, 100, 1, null), List.of(new Slot("n1", "n1-0", 0, 40, 100)));
    pool.commit(req("x2", 40, 100, 1, null), List.of(new Slot("n1", "n1-1", 1, 40, 100)));
    // Mix {40 % (2 tasks), 2 x 50 % (1 task)}. n1 [600, 600] -> [100, 100]: neither shape fits
    // any more, all 200 idle milli become fragment. n2 [1000, 1000] -> [500, 500]: both shapes
    // still fit both cards, nothing is fragment.
    SliceRequest two = req("two", 50, 100, 2, null);
    PlacementDecision binpack = pool.decide(two.withPolicy(PlacementPolicy.DEVICE_BINPACK));
    assertThat(((PlacementDecision.Place) binpack).slots())
        .extracting(Slot::node)
        .containsOnly("n1");
    PlacementDecision d = pool.place(two);
    assertThat(((PlacementDecision.Place) d).slots())
        .extracting(Slot::cardUuid)
        .containsExactlyInAnyOrder("n2-0", "n2-1");
    NodeFragmentation f = pool.fragmentation();
    assertThat(f.of(pool.node("n2").orElseThrow())).isCloseTo(0, within(1e-9));
    assertThat(f.of(new int[] {100, 100}, 2)).isCloseTo(200, within(1e-9));
  }
}
