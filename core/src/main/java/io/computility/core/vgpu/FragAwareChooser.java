package io.computility.core.vgpu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

/**
 * Policy {@code frag-aware}: the cards whose use least grows their node's expected fragmentation
 * ({@link NodeFragmentation}); among equal growths the fullest card (least free compute, then
 * memory), as device binpack. A single unpinned slice is answered from {@link FreeIndex} by a
 * best-first search over its free-compute levels, pruned by each level's least possible growth.
 */
final class FragAwareChooser {
  /** Growths closer than this (GPU milli) are equal: sums of weights leave rounding noise. */
  static final double EPS = 1e-6;

  /** Exact node evaluations one single-slice search may spend before taking its best so far. */
  static final int MAX_EVALUATIONS = 256;

  /**
   * Nodes one multi-card search weighs, fullest first card first, before taking its best so far.
   * Weighing every node of a large, empty pool cost 100 ms a placement at 10,000 nodes (issue 12);
   * 16 nodes cost about as many exact evaluations as {@link #MAX_EVALUATIONS} allows one slice.
   */
  static final int MAX_NODES = 16;

  static final Comparator<VCard> FULLEST =
      Comparator.comparingInt(VCard::freePercent)
          .thenComparingLong(VCard::freeMemoryMb)
          .thenComparing(VCard::node)
          .thenComparingInt(VCard::index);

  private FragAwareChooser() {}

  private record Level(int freePercent, double least, NavigableSet<VCard> cards) {}

  /** The card for one virtual slice among the indexed ones, or null when none fits. */
  static VCard slice(FreeIndex index, NodeFragmentation frag, int percent, long memoryMb) {
    int milli = percent * 10;
    List<Level> levels = new ArrayList<>();
    for (Map.Entry<Integer, NavigableSet<VCard>> e : index.atLeast(percent).entrySet()) {
      NavigableSet<VCard> fit = FreeIndex.withMemory(e.getValue(), memoryMb);
      if (!fit.isEmpty()) {
        levels.add(
            new Level(e.getKey(), frag.leastGrowth(Math.max(0, e.getKey()) * 10, milli), fit));
      }
    }
    levels.sort(Comparator.comparingDouble(Level::least).thenComparingInt(Level::freePercent));
    VCard best = null;
    double bestGrowth = Double.POSITIVE_INFINITY;
    int bestLevel = Integer.MAX_VALUE;
    int evaluations = 0;
    for (Level l : levels) {
      if (l.least() > bestGrowth + EPS || evaluations >= MAX_EVALUATIONS) break;
      for (VCard c : l.cards()) {
        double g = frag.growth(c, milli);
        evaluations++;
        if (g < bestGrowth - EPS || (g <= bestGrowth + EPS && l.freePercent() < bestLevel)) {
          best = c;
          bestGrowth = g;
          bestLevel = l.freePercent();
        }
        // Later cards of the level cannot grow less than its bound; ties keep the earlier one.
        if (g <= l.least() + EPS || evaluations >= MAX_EVALUATIONS) break;
      }
    }
    return best;
  }

  /**
   * {@code r.count()} cards among {@code free} (all fit now): on the one node whose fragmentation
   * grows least (on ties, the node whose first card is the fullest, as {@link #slice}), cards taken
   * greedily by least growth (the first {@link #MAX_NODES} such nodes weighed); for a gang request
   * that no node can hold alone, cards taken greedily across nodes the same way.
   */
  static List<VCard> choose(
      List<VCard> free, SliceRequest r, NodeFragmentation frag, Map<String, VNode> nodes) {
    int milli = r.physical() ? 1000 : r.computePercent() * 10;
    List<VCard> sorted = new ArrayList<>(free);
    sorted.sort(FULLEST);
    Map<String, List<VCard>> byNode = new LinkedHashMap<>();
    for (VCard c : sorted) byNode.computeIfAbsent(c.node(), n -> new ArrayList<>()).add(c);
    List<VCard> best = List.of();
    Trial bestTrial = null;
    int weighed = 0;
    for (Map.Entry<String, List<VCard>> e : byNode.entrySet()) {
      if (e.getValue().size() < r.count()) continue;
      if (weighed++ >= MAX_NODES) break;
      Trial t = new Trial(frag, nodes.get(e.getKey()));
      List<VCard> pick = greedy(e.getValue(), r.count(), milli, frag, Map.of(e.getKey(), t));
      if (bestTrial == null
          || t.growth() < bestTrial.growth() - EPS
          || (t.growth() <= bestTrial.growth() + EPS
              && FULLEST.compare(pick.get(0), best.get(0)) < 0)) {
        best = pick;
        bestTrial = t;
      }
    }
    if (bestTrial != null || !r.gang()) return best;
    Map<String, Trial> trials = new HashMap<>();
    for (String n : byNode.keySet()) trials.put(n, new Trial(frag, nodes.get(n)));
    List<VCard> pick = greedy(sorted, r.count(), milli, frag, trials);
    return pick.size() == r.count() ? pick : List.of();
  }

  /** Takes up to {@code count} of {@code candidates} (fullest first), least growth each time. */
  private static List<VCard> greedy(
      List<VCard> candidates,
      int count,
      int milli,
      NodeFragmentation frag,
      Map<String, Trial> trials) {
    List<VCard> left = new ArrayList<>(candidates);
    List<VCard> picked = new ArrayList<>();
    while (picked.size() < count && !left.isEmpty()) {
      VCard best = null;
      double bestGrowth = Double.POSITIVE_INFINITY;
      for (VCard c : left) {
        double g = trials.get(c.node()).growthIf(frag, c, milli);
        if (g < bestGrowth - EPS) {
          best = c;
          bestGrowth = g;
        }
      }
      trials.get(best.node()).take(frag, best, milli);
      left.remove(best);
      picked.add(best);
    }
    return picked;
  }

  /** A node's free milli per card under a tentative placement, and its fragmentation growth. */
  private static final class Trial {
    private final VNode node;
    private final int[] state;
    private final double initial;
    private double current;
    // Growth of taking the greedy call's milli from a card with this much free (state-dependent:
    // cleared by take). Greedy uses one milli per call and a Trial per call.
    private final Map<Integer, Double> growthByFree = new HashMap<>();

    Trial(NodeFragmentation frag, VNode node) {
      this.node = node;
      this.state = new int[node.cardMap().size()];
      node.copyFreeMilli(state);
      this.initial = frag.of(state, state.length);
      this.current = initial;
    }

    double growthIf(NodeFragmentation frag, VCard c, int milli) {
      int i = position(c);
      int old = state[i];
      // The measure sorts a node's cards, so cards with equal free milli grow it equally: one
      // evaluation per distinct value (a node of idle cards costs one, not one per card).
      Double known = growthByFree.get(old);
      if (known != null) return known;
      state[i] = Math.max(0, old - milli);
      double g = frag.of(state, state.length) - current;
      state[i] = old;
      growthByFree.put(old, g);
      return g;
    }

    void take(NodeFragmentation frag, VCard c, int milli) {
      int i = position(c);
      state[i] = Math.max(0, state[i] - milli);
      current = frag.of(state, state.length);
      growthByFree.clear();
    }

    double growth() {
      return current - initial;
    }

    private int position(VCard c) {
      int i = 0;
      for (VCard k : node.cardMap().values()) {
        if (k == c) return i;
        i++;
      }
      throw new IllegalArgumentException("card " + c.uuid() + " is not on node " + node.name());
    }
  }
}
