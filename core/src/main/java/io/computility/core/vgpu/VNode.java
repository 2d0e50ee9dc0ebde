package io.computility.core.vgpu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One compute node of the pool and its cards. */
public final class VNode {
  private final String name;
  private boolean enabled = true;
  private final Map<String, VCard> cards = new LinkedHashMap<>();

  public VNode(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public boolean enabled() {
    return enabled;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public List<VCard> cards() {
    return new ArrayList<>(cards.values());
  }

  Map<String, VCard> cardMap() {
    return cards;
  }

  /** Mean load of the node's cards, 0..1. */
  public double load() {
    if (cards.isEmpty()) return 0;
    double sum = 0;
    for (VCard c : cards.values()) sum += c.load();
    return sum / cards.size();
  }

  /**
   * The node's free GPU milli per card, in card order, as the FGD study's pool holds it: a virtual
   * card's free compute % x 10, an idle physical card 1000, a disabled card or node 0.
   *
   * @return the number of cards written
   */
  int copyFreeMilli(int[] into) {
    int i = 0;
    for (VCard c : cards.values()) into[i++] = enabled ? c.freeMilli() : 0;
    return i;
  }

  public boolean idle() {
    for (VCard c : cards.values()) if (!c.idle()) return false;
    return true;
  }
}
