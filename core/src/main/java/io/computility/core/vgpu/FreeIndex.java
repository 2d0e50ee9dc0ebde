package io.computility.core.vgpu;

import java.util.Comparator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Schedulable virtual cards indexed by free compute, then free memory, so that a device-binpack
 * decision for one slice is two ordered look-ups instead of a scan of every card. It answers
 * exactly what {@link SlotChooser}'s device-binpack order would pick among the cards that fit.
 */
final class FreeIndex {
  private static final Comparator<VCard> ORDER =
      Comparator.comparingLong((VCard c) -> c.indexedFreeMb)
          .thenComparing(VCard::node)
          .thenComparingInt(VCard::index);
  private final TreeMap<Integer, NavigableSet<VCard>> byFreePercent = new TreeMap<>();

  /** Puts the card where its current free room says, or takes it out when not schedulable. */
  void update(VCard c, boolean schedulable) {
    remove(c);
    if (!schedulable || c.mode() != CardMode.VIRTUAL) return;
    c.indexedFreePercent = c.computeCapacity() - c.usedPercent();
    c.indexedFreeMb = c.memoryCapacity() - c.usedMemoryMb();
    byFreePercent.computeIfAbsent(c.indexedFreePercent, k -> new TreeSet<>(ORDER)).add(c);
    c.indexed = true;
  }

  void remove(VCard c) {
    if (!c.indexed) return;
    NavigableSet<VCard> set = byFreePercent.get(c.indexedFreePercent);
    set.remove(c);
    if (set.isEmpty()) byFreePercent.remove(c.indexedFreePercent);
    c.indexed = false;
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
