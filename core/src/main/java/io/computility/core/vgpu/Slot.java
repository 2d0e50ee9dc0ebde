package io.computility.core.vgpu;

/**
 * One card's share of a task's placement.
 *
 * @param node the node holding the card
 * @param cardUuid the card
 * @param cardIndex the card's node-local index
 * @param computePercent compute granted on this card, 1..100 (100 on a physical card)
 * @param memoryMb memory granted on this card, MB (the whole card on a physical card)
 */
public record Slot(String node, String cardUuid, int cardIndex, int computePercent, long memoryMb) {

  /** The same slot with another size. */
  public Slot resized(int newComputePercent, long newMemoryMb) {
    return new Slot(node, cardUuid, cardIndex, newComputePercent, newMemoryMb);
  }
}
