package io.computility.core.vgpu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks {@code count} cards among those that fit now, following one policy: first all on one node,
 * then, for a gang request, across nodes in the policy's node order.
 */
final class SlotChooser {
  private static final Comparator<VCard> BY_ID =
      Comparator.comparing(VCard::node).thenComparingInt(VCard::index);

  private SlotChooser() {}

  static List<VCard> choose(
      List<VCard> free, SliceRequest r, PlacementPolicy policy, Map<String, VNode> nodes) {
    Comparator<VCard> cardOrder = cardOrder(policy);
    Map<String, List<VCard>> byNode = new LinkedHashMap<>();
    for (VCard c : free) byNode.computeIfAbsent(c.node(), n -> new ArrayList<>()).add(c);
    byNode.values().forEach(l -> l.sort(cardOrder));
    List<String> nodeOrder = new ArrayList<>(byNode.keySet());
    nodeOrder.sort(nodeOrder(policy, r, nodes, byNode, cardOrder));
    for (String n : nodeOrder) {
      List<VCard> cards = byNode.get(n);
      if (cards.size() >= r.count()) return cards.subList(0, r.count());
    }
    if (!r.gang()) return List.of();
    List<VCard> picked = new ArrayList<>();
    for (String n : nodeOrder) {
      for (VCard c : byNode.get(n)) {
        picked.add(c);
        if (picked.size() == r.count()) return picked;
      }
    }
    return List.of();
  }

  private static Comparator<VCard> cardOrder(PlacementPolicy p) {
    // Least free compute, then least free memory: the order FreeIndex keeps for its fast path.
    Comparator<VCard> fullestFirst =
        Comparator.comparingInt(VCard::freePercent).thenComparingLong(VCard::freeMemoryMb);
    Comparator<VCard> emptiestFirst = fullestFirst.reversed();
    Comparator<VCard> primary =
        p == PlacementPolicy.DEVICE_SPREAD || p == PlacementPolicy.NODE_SPREAD
            ? emptiestFirst
            : fullestFirst;
    return primary.thenComparing(BY_ID);
  }

  private static Comparator<String> nodeOrder(
      PlacementPolicy p,
      SliceRequest r,
      Map<String, VNode> nodes,
      Map<String, List<VCard>> byNode,
      Comparator<VCard> cardOrder) {
    Comparator<String> byName = Comparator.naturalOrder();
    return switch (p) {
      case NODE_BINPACK ->
          Comparator.comparingDouble((String n) -> -nodes.get(n).load()).thenComparing(byName);
      case NODE_SPREAD ->
          Comparator.comparingDouble((String n) -> nodes.get(n).load()).thenComparing(byName);
      case LOCAL_FIRST ->
          Comparator.comparing((String n) -> !n.equals(r.localNode()))
              .thenComparing(
                  (a, b) -> cardOrder.compare(byNode.get(a).get(0), byNode.get(b).get(0)));
      default -> (a, b) -> cardOrder.compare(byNode.get(a).get(0), byNode.get(b).get(0));
    };
  }
}
