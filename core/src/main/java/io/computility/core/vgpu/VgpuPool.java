package io.computility.core.vgpu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The device-level allocator of one center's accelerator pool (POOL-7.2, 7.3): nodes and cards,
 * what each task holds, and placement decisions. Not thread-safe; the owner serialises calls.
 * Framework-free so that the controller, the simulator and the benchmark share it.
 */
public final class VgpuPool {
  private final Map<String, VNode> nodes = new LinkedHashMap<>();
  private final Map<String, VCard> cards = new HashMap<>();
  private final Map<String, Holding> holdings = new HashMap<>();
  private final FreeIndex free = new FreeIndex();
  private final RecentMix mix = new RecentMix();
  private NodeFragmentation nodeFragmentation;
  private CapacityCensus census;
  // Tests compare the indexed multi-card path with the full scan it replaces.
  boolean scanOnly;
  // Computility's own policy is the default (issue 5): it packs like device binpack unless
  // packing would strand room the recent requests need.
  private PlacementPolicy globalPolicy = PlacementPolicy.FRAG_AWARE;

  /** What a task holds. */
  public record Holding(SliceRequest request, List<Slot> slots) {}

  public PlacementPolicy globalPolicy() {
    return globalPolicy;
  }

  public void setGlobalPolicy(PlacementPolicy policy) {
    this.globalPolicy = policy;
  }

  /** Adds the node when new; answers it. */
  public VNode addNode(String name) {
    return nodes.computeIfAbsent(name, VNode::new);
  }

  public Optional<VNode> node(String name) {
    return Optional.ofNullable(nodes.get(name));
  }

  public List<VNode> nodes() {
    return new ArrayList<>(nodes.values());
  }

  public void setNodeEnabled(String name, boolean enabled) {
    VNode n = addNode(name);
    n.setEnabled(enabled);
    n.cards().forEach(this::reindex);
  }

  private void reindex(VCard c) {
    VNode n = nodes.get(c.node());
    free.update(c, c.enabled() && n != null && n.enabled());
  }

  FreeIndex freeIndex() {
    return free;
  }

  /** The capacity census, rebuilt after a card's capacity changed. */
  CapacityCensus census() {
    if (census == null) census = new CapacityCensus(nodes);
    return census;
  }

  RecentMix recentMix() {
    return mix;
  }

  /** The FGD study's fragmentation against the recent request mix, for policy frag-aware. */
  NodeFragmentation fragmentation() {
    io.computility.core.pool.Fragmentation f = mix.fragmentation();
    if (nodeFragmentation == null || !nodeFragmentation.uses(f)) {
      nodeFragmentation = new NodeFragmentation(f, nodes);
    }
    return nodeFragmentation;
  }

  /** Removes an idle node and its cards; false when a task still holds one of its cards. */
  public boolean removeNode(String name) {
    VNode n = nodes.get(name);
    if (n == null) return true;
    if (!n.idle()) return false;
    n.cards().forEach(c -> free.remove(c));
    n.cards().forEach(c -> cards.remove(c.uuid()));
    nodes.remove(name);
    census = null;
    return true;
  }

  /** Adds the card when new (keeping the state of a known one); answers it. */
  public VCard addCard(
      String node, String uuid, int index, String vendor, String model, long memoryMb) {
    VCard known = cards.get(uuid);
    if (known != null) return known;
    VCard c = new VCard(node, uuid, index, vendor, model, memoryMb);
    addNode(node).cardMap().put(uuid, c);
    cards.put(uuid, c);
    reindex(c);
    census = null;
    return c;
  }

  public Optional<VCard> card(String uuid) {
    return Optional.ofNullable(cards.get(uuid));
  }

  /** Removes an idle card; false when a task still holds it (remove it once the task ends). */
  public boolean removeCard(String uuid) {
    VCard c = cards.get(uuid);
    if (c == null) return true;
    if (!c.idle()) return false;
    free.remove(c);
    cards.remove(uuid);
    nodes.get(c.node()).cardMap().remove(uuid);
    census = null;
    return true;
  }

  public void setCardEnabled(String uuid, boolean enabled) {
    VCard c = require(uuid);
    c.setEnabled(enabled);
    reindex(c);
  }

  /**
   * Switches a card between virtual and physical (POOL-T12.15).
   *
   * @throws IllegalStateException while a task holds the card
   */
  public void setCardMode(String uuid, CardMode mode) {
    VCard c = require(uuid);
    if (c.mode() != mode && !c.idle()) {
      throw new IllegalStateException("card " + uuid + " is in use by " + c.tasks());
    }
    c.setMode(mode);
    reindex(c);
    census = null;
  }

  /** Sets how far a virtual card may be over-subscribed: 1.0 = not at all (POOL-T12.5). */
  public void setOverSubscription(String uuid, double factor) {
    if (factor < 1.0 || factor > 100) {
      throw new IllegalArgumentException("overSubscription must be 1..100, was " + factor);
    }
    VCard c = require(uuid);
    c.setOverSubscription(factor);
    reindex(c);
    census = null;
  }

  public Optional<Holding> holding(String taskId) {
    return Optional.ofNullable(holdings.get(taskId));
  }

  /**
   * Decides where a request goes, changing no allocation; {@link #commit} applies a placement. The
   * request joins the recent request mix that policy frag-aware measures against.
   */
  public PlacementDecision decide(SliceRequest r) {
    mix.record(r);
    return new PlacementRules(this, r, null).decide();
  }

  /**
   * Decides among only the cards {@code allowed} accepts (logical resource groups, POOL-T12.13); a
   * request no allowed card could ever hold is rejected.
   */
  public PlacementDecision decide(SliceRequest r, java.util.function.Predicate<VCard> allowed) {
    mix.record(r);
    return new PlacementRules(this, r, allowed).decide();
  }

  /** Decides and, when placed, commits in one step. */
  public PlacementDecision place(SliceRequest r) {
    PlacementDecision d = decide(r);
    if (d instanceof PlacementDecision.Place p) commit(r, p.slots());
    return d;
  }

  /** Records that a task holds these slots (also used to restore state after a restart). */
  public void commit(SliceRequest r, List<Slot> slots) {
    if (holdings.containsKey(r.taskId())) release(r.taskId());
    mix.record(r);
    for (Slot s : slots) {
      VCard c = cards.get(s.cardUuid());
      if (c != null) {
        c.add(r.taskId(), s.computePercent(), s.memoryMb());
        reindex(c);
      }
    }
    holdings.put(r.taskId(), new Holding(r, List.copyOf(slots)));
  }

  /** Frees what a task holds; answers the freed slots. */
  public List<Slot> release(String taskId) {
    Holding h = holdings.remove(taskId);
    if (h == null) return List.of();
    for (Slot s : h.slots()) {
      VCard c = cards.get(s.cardUuid());
      if (c != null) {
        c.remove(taskId, s.computePercent(), s.memoryMb());
        reindex(c);
      }
    }
    return h.slots();
  }

  /**
   * Changes a running task's slice on the cards it already holds (POOL-7.1d): placed with the new
   * slots, or rejected when a card cannot hold the new size (the old slice then stays).
   */
  public PlacementDecision resize(String taskId, int computePercent, long memoryMb) {
    Holding h = holdings.get(taskId);
    if (h == null) return new PlacementDecision.Reject("task " + taskId + " holds no slice");
    if (h.request().physical()) {
      return new PlacementDecision.Reject("task " + taskId + " holds whole physical cards");
    }
    for (Slot s : h.slots()) {
      VCard c = cards.get(s.cardUuid());
      int dp = computePercent - s.computePercent();
      long dm = memoryMb - s.memoryMb();
      if (c == null || !c.fits(Math.max(dp, 0), Math.max(dm, 0))) {
        return new PlacementDecision.Reject(
            "card " + s.cardUuid() + " cannot hold " + computePercent + "% / " + memoryMb + " MB");
      }
    }
    SliceRequest r = h.request();
    SliceRequest resized =
        new SliceRequest(
            r.taskId(),
            computePercent,
            memoryMb,
            r.count(),
            false,
            r.policy(),
            r.pinNode(),
            r.pinModel(),
            r.pinCard(),
            r.affinity(),
            r.gang(),
            r.localNode());
    List<Slot> slots = h.slots().stream().map(s -> s.resized(computePercent, memoryMb)).toList();
    commit(resized, slots);
    return new PlacementDecision.Place(slots);
  }

  Map<String, VNode> nodeMap() {
    return nodes;
  }

  Map<String, VCard> cardMap() {
    return cards;
  }

  Map<String, Holding> holdingMap() {
    return holdings;
  }

  private VCard require(String uuid) {
    VCard c = cards.get(uuid);
    if (c == null) throw new IllegalArgumentException("no card " + uuid);
    return c;
  }
}
