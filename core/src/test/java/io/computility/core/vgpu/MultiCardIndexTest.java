package io.computility.core.vgpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The indexed placement path (free index by whole free cards per node, capacity census) must decide
 * exactly as the full scan it replaces: two pools get the same random operations, one of them
 * forced to scan, and every decision is compared.
 */
class MultiCardIndexTest {

  @ParameterizedTest
  @EnumSource(
      value = PlacementPolicy.class,
      names = {"LOCAL"},
      mode = EnumSource.Mode.EXCLUDE)
  @DisplayName("ISSUE-12 multi-card placement from the index equals the full scan's decision")
  void indexedEqualsScan(PlacementPolicy policy) {
    for (long seed = 1; seed <= 4; seed++) {
      Random rnd = new Random(seed * 31 + policy.ordinal());
      VgpuPool indexed = pool(rnd.nextLong(), policy);
      VgpuPool scan = pool(0, policy);
      copyLayout(indexed, scan);
      scan.scanOnly = true;
      List<String> live = new ArrayList<>();
      for (int i = 0; i < 1500; i++) {
        SliceRequest r = request(rnd, "t" + i);
        assertThat(indexedFitting(indexed, r))
            .as("fitting %s", r)
            .isEqualTo(scannedFitting(scan, r));
        PlacementDecision a = indexed.decide(r);
        PlacementDecision b = scan.decide(r);
        assertThat(a).as("request %s under %s", r, policy).isEqualTo(b);
        if (a instanceof PlacementDecision.Place p) {
          indexed.commit(r, p.slots());
          scan.commit(r, p.slots());
          live.add(r.taskId());
        }
        if (!live.isEmpty() && rnd.nextInt(3) == 0) {
          String t = live.remove(rnd.nextInt(live.size()));
          indexed.release(t);
          scan.release(t);
        }
        if (rnd.nextInt(200) == 0) toggle(rnd, indexed, scan);
      }
    }
  }

  /** The cards the scan finds fitting now, on nodes with at least the request's count of them. */
  private static java.util.Set<String> scannedFitting(VgpuPool p, SliceRequest r) {
    java.util.Map<String, Integer> per = new java.util.HashMap<>();
    List<VCard> fit = new ArrayList<>();
    for (VCard c : p.cardMap().values()) {
      if (c.fitsNow(r) && p.nodeMap().get(c.node()).enabled()) {
        fit.add(c);
        per.merge(c.node(), 1, Integer::sum);
      }
    }
    fit.removeIf(c -> per.get(c.node()) < r.count());
    return new java.util.TreeSet<>(fit.stream().map(VCard::uuid).toList());
  }

  private static java.util.Set<String> indexedFitting(VgpuPool p, SliceRequest r) {
    return new java.util.TreeSet<>(
        p
            .freeIndex()
            .fitting(
                r.computePercent(), r.memoryMb(), r.count(), false, Integer.MAX_VALUE, p.nodeMap())
            .stream()
            .map(VCard::uuid)
            .toList());
  }

  private static VgpuPool pool(long seed, PlacementPolicy policy) {
    VgpuPool p = new VgpuPool();
    p.setGlobalPolicy(policy);
    if (seed == 0) return p;
    Random rnd = new Random(seed);
    int nodes = 5 + rnd.nextInt(20);
    for (int n = 0; n < nodes; n++) {
      int cards = 1 + rnd.nextInt(8);
      for (int c = 0; c < cards; c++) {
        p.addCard("n" + n, "n" + n + "-" + c, c, "v", "m" + n % 2, 1000L * (1 + rnd.nextInt(4)));
      }
    }
    return p;
  }

  /** Gives {@code to} the cards of {@code from}, with their oversubscription and enablement. */
  private static void copyLayout(VgpuPool from, VgpuPool to) {
    Random rnd = new Random(from.nodes().size());
    for (VNode n : from.nodes()) {
      for (VCard c : n.cards()) {
        to.addCard(c.node(), c.uuid(), c.index(), c.vendor(), c.model(), c.memoryMb());
        if (rnd.nextInt(10) == 0) {
          from.setOverSubscription(c.uuid(), 1.5);
          to.setOverSubscription(c.uuid(), 1.5);
        }
        if (rnd.nextInt(15) == 0) {
          from.setCardEnabled(c.uuid(), false);
          to.setCardEnabled(c.uuid(), false);
        }
        if (rnd.nextInt(20) == 0) {
          from.setCardMode(c.uuid(), CardMode.PHYSICAL);
          to.setCardMode(c.uuid(), CardMode.PHYSICAL);
        }
      }
    }
  }

  private static void toggle(Random rnd, VgpuPool a, VgpuPool b) {
    List<VNode> nodes = a.nodes();
    String n = nodes.get(rnd.nextInt(nodes.size())).name();
    boolean enabled = !a.node(n).orElseThrow().enabled();
    a.setNodeEnabled(n, enabled);
    b.setNodeEnabled(n, enabled);
  }

  private static SliceRequest request(Random rnd, String id) {
    boolean whole = rnd.nextInt(3) == 0;
    int pct = whole ? 100 : 1 + rnd.nextInt(100);
    long mem = 1 + rnd.nextInt(whole ? 4000 : 2500);
    int count = rnd.nextInt(4) == 0 ? 1 : 2 + rnd.nextInt(7);
    boolean gang = rnd.nextInt(4) == 0;
    return new SliceRequest(id, pct, mem, count, false, null, null, null, null, null, gang, "n1");
  }
}
