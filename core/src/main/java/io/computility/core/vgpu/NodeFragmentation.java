package io.computility.core.vgpu;

import io.computility.core.pool.Fragmentation;
import java.util.Map;

/**
 * The FGD study's {@link Fragmentation} applied to the nodes of a {@link VgpuPool}: a node is its
 * cards' free GPU milli ({@link VNode#copyFreeMilli}); the pool has no CPU or model dimension in
 * its requests, so every shape's CPU need is met and every model accepted. Not thread-safe.
 */
final class NodeFragmentation {
  private static final String ANY_MODEL = "";
  private final Fragmentation fragmentation;
  private final Map<String, VNode> nodes;
  private int[] free = new int[8];
  private final int[] one = new int[1];

  NodeFragmentation(Fragmentation fragmentation, Map<String, VNode> nodes) {
    this.fragmentation = fragmentation;
    this.nodes = nodes;
  }

  boolean uses(Fragmentation f) {
    return fragmentation == f;
  }

  /** Expected fragment GPU milli of the node now. */
  double of(VNode n) {
    return of(read(n), n.cardMap().size());
  }

  /** Expected fragment GPU milli of a node whose cards have {@code freeMilli} free. */
  double of(int[] freeMilli, int cards) {
    return fragmentation.fragMilli(ANY_MODEL, Long.MAX_VALUE, freeMilli, cards);
  }

  /** How much the node's fragmentation grows when {@code milli} more of card {@code c} is used. */
  double growth(VCard c, int milli) {
    VNode n = nodes.get(c.node());
    int cards = n.cardMap().size();
    int[] state = read(n);
    double before = of(state, cards);
    int i = 0;
    for (VCard k : n.cardMap().values()) {
      if (k == c) state[i] = Math.max(0, state[i] - milli);
      i++;
    }
    return of(state, cards) - before;
  }

  /**
   * The least growth any node can see when {@code milli} of a card with {@code freeMilli} free is
   * used: the growth on a node of that card alone. Single-card shapes see only the card, and a
   * multi-card shape gains least when it cannot run on the node at all, as on a one-card node.
   */
  double leastGrowth(int freeMilli, int milli) {
    one[0] = freeMilli;
    double before = of(one, 1);
    one[0] = Math.max(0, freeMilli - milli);
    return of(one, 1) - before;
  }

  private int[] read(VNode n) {
    if (n.cardMap().size() > free.length) free = new int[n.cardMap().size()];
    n.copyFreeMilli(free);
    return free;
  }
}
