package io.computility.core.vgpu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Schedulable virtual cards indexed by free compute, then free memory, so that a device-binpack
 * decision for one slice is two ordered look-ups instead of a scan of every card. It answers
 * exactly what {@link SlotChooser}'s device-binpack order would pick among the cards that fit.
 * Nodes are also bucketed by how many of their cards have a whole card's compute free, so that a
 * request for several whole cards on one node looks only at nodes that have that many (issue 12).
 */
final class FreeIndex {
  private static final Comparator<VCard> ORDER =
      Comparator.comparingLong((VCard c) -> c.indexedFreeMb)
          .thenComparing(VCard::node)
          .thenComparingInt(VCard::index);
  private final TreeMap<Integer, NavigableSet<VCard>> byFreePercent = new TreeMap<>();
  private final Map<String, Integer> wholeFree = new HashMap<>();
  private final TreeMap<Integer, Set<String>> nodesByWholeFree = new TreeMap<>();

  /** Puts the card where its current free room says, or takes it out when not schedulable. */
  void update(VCard c, boolean schedulable) {
    remove(c);
    if (!schedulable || c.mode() != CardMode.VIRTUAL) return;
    c.indexedFreePercent = c.computeCapacity() - c.usedPercent();
    c.indexedFreeMb = c.memoryCapacity() - c.usedMemoryMb();
    byFreePercent.computeIfAbsent(c.indexedFreePercent, k -> new TreeSet<>(ORDER)).add(c);
    c.indexed = true;
    if (c.indexedFreePercent >= 100) countWhole(c.node(), 1);
  }

  void remove(VCard c) {
    if (!c.indexed) return;
    NavigableSet<VCard> set = byFreePercent.get(c.indexedFreePercent);
    set.remove(c);
    if (set.isEmpty()) byFreePercent.remove(c.indexedFreePercent);
    c.indexed = false;
    if (c.indexedFreePercent >= 100) countWhole(c.node(), -1);
  }

  private void countWhole(String node, int delta) {
    int old = wholeFree.getOrDefault(node, 0);
    int now = old + delta;
    if (old > 0) {
      Set<String> bucket = nodesByWholeFree.get(old);
      bucket.remove(node);
      if (bucket.isEmpty()) nodesByWholeFree.remove(old);
    }
    if (now > 0) {
      wholeFree.put(node, now);
      nodesByWholeFree.computeIfAbsent(now, k -> new LinkedHashSet<>()).add(node);
    } else {
      wholeFree.remove(node);
    }
  }

  /**
   * The cards that fit a slice now, on the first {@code maxNodes} nodes (in the order of their
   * fullest fitting card, the choosers' order) that have at least {@code count} of them: the only
   * cards a one-node choice of {@code count} cards looks at. When no node has that many, every
   * fitting card if {@code all} (a gang request spreads over nodes), else none.
   */
  List<VCard> fitting(
      int percent, long memoryMb, int count, boolean all, int maxNodes, Map<String, VNode> nodes) {
    List<VCard> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    int taken = 0;
    walk:
    for (NavigableSet<VCard> level : atLeast(percent).values()) {
      for (VCard c : withMemory(level, memoryMb)) {
        // A whole-card request skips nodes without enough whole free cards in O(1).
        if (percent >= 100 && wholeFree.getOrDefault(c.node(), 0) < count) continue;
        if (!seen.add(c.node())) continue;
        if (addFitting(nodes.get(c.node()), percent, memoryMb, count, out) && ++taken >= maxNodes) {
          break walk;
        }
      }
    }
    if (out.isEmpty() && all) {
      for (NavigableSet<VCard> level : atLeast(percent).values()) {
        out.addAll(withMemory(level, memoryMb));
      }
    }
    return out;
  }

  /** Adds the node's fitting cards when it has at least {@code count}; answers whether. */
  private static boolean addFitting(
      VNode node, int percent, long memoryMb, int count, List<VCard> out) {
    int from = out.size();
    for (VCard c : node.cardMap().values()) {
      if (c.indexed && c.indexedFreePercent >= percent && c.indexedFreeMb >= memoryMb) out.add(c);
    }
    if (out.size() - from >= count) return true;
    out.subList(from, out.size()).clear();
    return false;
  }

  /**
   * Cards with at least {@code percent} free compute, grouped by their free compute (ascending);
   * each group is ordered by free memory, then node and index.
   */
  java.util.NavigableMap<Integer, NavigableSet<VCard>> atLeast(int percent) {
    return byFreePercent.tailMap(percent, true);
  }

  /** Those of {@code level} with at least {@code memoryMb} free memory, least free first. */
  static NavigableSet<VCard> withMemory(NavigableSet<VCard> level, long memoryMb) {
    return level.tailSet(VCard.probe(memoryMb), true);
  }

  /** The fullest card that still fits the slice, or null. */
  VCard binpack(int percent, long memoryMb) {
    VCard probe = VCard.probe(memoryMb);
    for (Map.Entry<Integer, NavigableSet<VCard>> e :
        byFreePercent.tailMap(percent, true).entrySet()) {
      VCard c = e.getValue().ceiling(probe);
      if (c != null) return c;
    }
    return null;
  }
}
