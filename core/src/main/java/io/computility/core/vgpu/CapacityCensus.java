package io.computility.core.vgpu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many virtual cards could ever hold a slice, in all and on the best node: the two reject
 * checks of {@link PlacementRules} without a scan of every card. Cards are grouped by their
 * capacity (compute %, memory MB); a request qualifies a set of these shapes, and the answer for a
 * set is remembered until a card's capacity changes (the pool then drops the census).
 */
final class CapacityCensus {
  /** Cards that could hold the slice, and the most of them on one node. */
  record Counts(int total, int maxPerNode) {}

  private final List<long[]> shapes = new ArrayList<>();
  private final List<Map<String, Integer>> perNode = new ArrayList<>();
  private final Map<Long, Counts> byMask = new HashMap<>();

  CapacityCensus(Map<String, VNode> nodes) {
    Map<String, Integer> shapeIndex = new HashMap<>();
    for (VNode n : nodes.values()) {
      for (VCard c : n.cardMap().values()) {
        if (c.mode() != CardMode.VIRTUAL) continue;
        String key = c.computeCapacity() + "/" + c.memoryCapacity();
        int i =
            shapeIndex.computeIfAbsent(
                key,
                k -> {
                  shapes.add(new long[] {c.computeCapacity(), c.memoryCapacity()});
                  perNode.add(new HashMap<>());
                  return shapes.size() - 1;
                });
        perNode.get(i).merge(n.name(), 1, Integer::sum);
      }
    }
  }

  /** The counts for a virtual slice, or null when the pool has too many card shapes to index. */
  Counts forSlice(int percent, long memoryMb) {
    if (shapes.size() > 63) return null;
    long mask = 0;
    for (int i = 0; i < shapes.size(); i++) {
      if (shapes.get(i)[0] >= percent && shapes.get(i)[1] >= memoryMb) mask |= 1L << i;
    }
    return byMask.computeIfAbsent(mask, this::count);
  }

  private Counts count(long mask) {
    Map<String, Integer> sum = new HashMap<>();
    int total = 0;
    for (int i = 0; i < shapes.size(); i++) {
      if ((mask & (1L << i)) == 0) continue;
      for (Map.Entry<String, Integer> e : perNode.get(i).entrySet()) {
        sum.merge(e.getKey(), e.getValue(), Integer::sum);
        total += e.getValue();
      }
    }
    int max = 0;
    for (int v : sum.values()) max = Math.max(max, v);
    return new Counts(total, max);
  }
}
