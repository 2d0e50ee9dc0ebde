package io.computility.core.vgpu;

import java.util.ArrayList;
import java.util.List;

/**
 * One placement decision: pins and mode filter the cards, a request that no card could ever hold is
 * rejected, one that only lacks free room now is queued, else the policy picks the slots.
 */
final class PlacementRules {
  private final VgpuPool pool;
  private final SliceRequest r;
  private final PlacementPolicy policy;
  private final java.util.function.Predicate<VCard> allowed;

  PlacementRules(VgpuPool pool, SliceRequest r, java.util.function.Predicate<VCard> allowed) {
    this.pool = pool;
    this.r = r;
    this.allowed = allowed;
    this.policy = r.policy() != null ? r.policy() : pool.globalPolicy();
  }

  PlacementDecision decide() {
    if (fastPath()) {
      VCard c =
          policy == PlacementPolicy.FRAG_AWARE
              ? FragAwareChooser.slice(
                  pool.freeIndex(), pool.fragmentation(), r.computePercent(), r.memoryMb())
              : pool.freeIndex().binpack(r.computePercent(), r.memoryMb());
      if (c != null) {
        return new PlacementDecision.Place(
            List.of(new Slot(c.node(), c.uuid(), c.index(), r.computePercent(), r.memoryMb())));
      }
    }
    if (indexedPath()) {
      PlacementDecision d = decideIndexed();
      if (d != null) return d;
    }
    String pinProblem = pinProblem();
    if (pinProblem != null) return new PlacementDecision.Reject(pinProblem);
    List<VCard> possible = new ArrayList<>();
    for (VCard c : pool.cardMap().values()) {
      if (matchesPins(c) && c.couldHold(r) && (allowed == null || allowed.test(c))) {
        possible.add(c);
      }
    }
    if (possible.isEmpty()) return new PlacementDecision.Reject("no card can ever hold " + ask());
    if (possible.size() < r.count() || (!r.gang() && maxPerNode(possible) < r.count())) {
      return new PlacementDecision.Reject(
          "the pool has too few matching cards for " + ask() + (r.gang() ? "" : " on one node"));
    }
    List<VCard> free = new ArrayList<>();
    for (VCard c : possible) {
      if (c.fitsNow(r) && pool.nodeMap().get(c.node()).enabled()) free.add(c);
    }
    String affinityCard = affinityCard();
    if (affinityCard != null) free.removeIf(c -> !c.uuid().equals(affinityCard));
    List<VCard> chosen = choose(free);
    if (chosen.isEmpty()) {
      return new PlacementDecision.Queue(
          "no free room for "
              + ask()
              + (affinityCard == null ? "" : " on affinity card " + affinityCard));
    }
    return place(chosen);
  }

  /**
   * An unpinned virtual request that the single-slice fast path did not place (several cards, a
   * policy without a single-card index, or no room now): the free index answers which cards fit now
   * and the capacity census the reject checks, so no card is scanned. The same choosers decide
   * among exactly the cards the scan would offer them, less those on nodes that cannot hold the
   * request alone, which the choosers skip anyway.
   *
   * @return the decision, or null when the census cannot answer (the scan then decides)
   */
  private PlacementDecision decideIndexed() {
    List<VCard> free =
        pool.freeIndex()
            .fitting(
                r.computePercent(),
                r.memoryMb(),
                r.count(),
                r.gang(),
                nodesLooked(),
                pool.nodeMap());
    if (free.size() < r.count()) {
      // Too few fit now: the scan's reject checks come first (and the chooser, which refreshes
      // the recent mix's fragmentation, runs only when they pass, as in the scan).
      CapacityCensus.Counts can = pool.census().forSlice(r.computePercent(), r.memoryMb());
      if (can == null) return null;
      if (can.total() == 0) return new PlacementDecision.Reject("no card can ever hold " + ask());
      if (can.total() < r.count() || (!r.gang() && can.maxPerNode() < r.count())) {
        return new PlacementDecision.Reject(
            "the pool has too few matching cards for " + ask() + (r.gang() ? "" : " on one node"));
      }
    }
    // Enough fit now: on one node (fitting keeps only such nodes) or, for a gang, in all; the
    // scan's reject checks would pass, since the cards that fit are among those that could.
    List<VCard> chosen = choose(free);
    if (chosen.isEmpty()) return new PlacementDecision.Queue("no free room for " + ask());
    return place(chosen);
  }

  /**
   * How many nodes able to hold the request the chooser can look at: device binpack takes the node
   * of the fullest fitting card, frag-aware weighs a bounded number, the others weigh all.
   */
  private int nodesLooked() {
    return switch (policy) {
      case DEVICE_BINPACK -> 1;
      case FRAG_AWARE -> FragAwareChooser.MAX_NODES;
      default -> Integer.MAX_VALUE;
    };
  }

  private List<VCard> choose(List<VCard> free) {
    return policy == PlacementPolicy.FRAG_AWARE
        ? FragAwareChooser.choose(free, r, pool.fragmentation(), pool.nodeMap())
        : SlotChooser.choose(free, r, policy, pool.nodeMap());
  }

  private PlacementDecision place(List<VCard> chosen) {
    List<Slot> slots = new ArrayList<>();
    for (VCard c : chosen) {
      slots.add(
          new Slot(
              c.node(),
              c.uuid(),
              c.index(),
              r.physical() ? 100 : r.computePercent(),
              r.physical() ? c.memoryMb() : r.memoryMb()));
    }
    return new PlacementDecision.Place(slots);
  }

  /** One unpinned virtual slice under device binpack or frag-aware: the index answers it. */
  private boolean fastPath() {
    return (policy == PlacementPolicy.DEVICE_BINPACK || policy == PlacementPolicy.FRAG_AWARE)
        && allowed == null
        && r.count() == 1
        && !r.physical()
        && r.pinNode() == null
        && r.pinModel() == null
        && r.pinCard() == null
        && r.affinity() == null;
  }

  private boolean indexedPath() {
    return !pool.scanOnly
        && policy != PlacementPolicy.LOCAL
        && allowed == null
        && !r.physical()
        && r.pinNode() == null
        && r.pinModel() == null
        && r.pinCard() == null
        && r.affinity() == null;
  }

  private String pinProblem() {
    if (r.pinNode() != null && pool.node(r.pinNode()).isEmpty()) {
      return "node " + r.pinNode() + " is not in the pool";
    }
    if (policy == PlacementPolicy.LOCAL) {
      if (r.localNode() == null) return "policy local needs the task's local node";
      if (pool.node(r.localNode()).isEmpty()) {
        return "local node " + r.localNode() + " has no accelerators in the pool";
      }
    }
    if (r.pinCard() != null && pool.card(r.pinCard()).isEmpty()) {
      return "card " + r.pinCard() + " is not in the pool";
    }
    if (r.pinModel() != null
        && pool.cardMap().values().stream().noneMatch(c -> c.model().equals(r.pinModel()))) {
      return "card model " + r.pinModel() + " is not in the pool";
    }
    return null;
  }

  private boolean matchesPins(VCard c) {
    if (r.pinNode() != null && !c.node().equals(r.pinNode())) return false;
    if (r.pinModel() != null && !c.model().equals(r.pinModel())) return false;
    if (r.pinCard() != null && !c.uuid().equals(r.pinCard())) return false;
    return policy != PlacementPolicy.LOCAL || c.node().equals(r.localNode());
  }

  private static int maxPerNode(List<VCard> cards) {
    java.util.Map<String, Integer> per = new java.util.HashMap<>();
    int max = 0;
    for (VCard c : cards) max = Math.max(max, per.merge(c.node(), 1, Integer::sum));
    return max;
  }

  /** The card another task of the same affinity group holds, or null. */
  private String affinityCard() {
    if (r.affinity() == null) return null;
    for (VgpuPool.Holding h : pool.holdingMap().values()) {
      if (r.affinity().equals(h.request().affinity()) && !h.slots().isEmpty()) {
        return h.slots().get(0).cardUuid();
      }
    }
    return null;
  }

  private String ask() {
    return r.count()
        + (r.physical()
            ? " whole card(s)"
            : " x " + r.computePercent() + "% / " + r.memoryMb() + " MB")
        + (r.pinNode() == null ? "" : " on node " + r.pinNode())
        + (r.pinModel() == null ? "" : " of model " + r.pinModel())
        + (r.pinCard() == null ? "" : " on card " + r.pinCard());
  }
}
