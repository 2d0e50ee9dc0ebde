package io.computility.core.vgpu;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One card's state in the pool: identity, mode, and what is allocated on it. Capacity of a virtual
 * card is its physical size times the over-subscription factor (POOL-T12.5).
 */
public final class VCard {
  private final String node;
  private final String uuid;
  private final int index;
  private final String vendor;
  private final String model;
  private final long memoryMb;
  private CardMode mode = CardMode.VIRTUAL;
  private boolean enabled = true;
  private double overSubscription = 1.0;
  private int usedPercent;
  private long usedMemoryMb;
  private final Set<String> tasks = new LinkedHashSet<>();
  // Position in FreeIndex; only FreeIndex writes these.
  int indexedFreePercent;
  long indexedFreeMb;
  boolean indexed;

  public VCard(String node, String uuid, int index, String vendor, String model, long memoryMb) {
    this.node = node;
    this.uuid = uuid;
    this.index = index;
    this.vendor = vendor;
    this.model = model;
    this.memoryMb = memoryMb;
  }

  /**
   * A search key for {@link FreeIndex}: sorts before every real card with this much free memory.
   */
  static VCard probe(long freeMb) {
    VCard p = new VCard("", "", Integer.MIN_VALUE, "", "", 0);
    p.indexedFreeMb = freeMb;
    return p;
  }

  /** Compute not yet handed out, percent. */
  public int freePercent() {
    return computeCapacity() - usedPercent;
  }

  /** Free GPU milli for fragmentation (FGD study unit): compute % x 10, a whole idle card 1000. */
  int freeMilli() {
    if (!enabled) return 0;
    if (mode == CardMode.PHYSICAL) return tasks.isEmpty() ? 1000 : 0;
    return Math.max(0, freePercent()) * 10;
  }

  /** Memory not yet handed out, MB. */
  public long freeMemoryMb() {
    return memoryCapacity() - usedMemoryMb;
  }

  public String node() {
    return node;
  }

  public String uuid() {
    return uuid;
  }

  public int index() {
    return index;
  }

  public String vendor() {
    return vendor;
  }

  public String model() {
    return model;
  }

  public long memoryMb() {
    return memoryMb;
  }

  public CardMode mode() {
    return mode;
  }

  public boolean enabled() {
    return enabled;
  }

  public double overSubscription() {
    return overSubscription;
  }

  public int usedPercent() {
    return usedPercent;
  }

  public long usedMemoryMb() {
    return usedMemoryMb;
  }

  /** Task ids holding a slot on this card. */
  public Set<String> tasks() {
    return Set.copyOf(tasks);
  }

  public boolean idle() {
    return tasks.isEmpty();
  }

  /** Compute this card can hand out in total, percent. */
  public int computeCapacity() {
    return mode == CardMode.PHYSICAL ? 100 : (int) Math.floor(100 * overSubscription);
  }

  /** Memory this card can hand out in total, MB. */
  public long memoryCapacity() {
    return mode == CardMode.PHYSICAL ? memoryMb : (long) Math.floor(memoryMb * overSubscription);
  }

  /** Share of capacity in use, 0..1, the mean of compute and memory. */
  public double load() {
    return (usedPercent / (double) computeCapacity() + usedMemoryMb / (double) memoryCapacity())
        / 2;
  }

  /** Whether a request of this size could ever fit on this card, ignoring what is allocated. */
  boolean couldHold(SliceRequest r) {
    if (r.physical()) return mode == CardMode.PHYSICAL;
    return mode == CardMode.VIRTUAL
        && r.computePercent() <= computeCapacity()
        && r.memoryMb() <= memoryCapacity();
  }

  /** Whether a request of this size fits now. */
  boolean fitsNow(SliceRequest r) {
    if (!enabled) return false;
    if (r.physical()) return mode == CardMode.PHYSICAL && tasks.isEmpty();
    return fits(r.computePercent(), r.memoryMb());
  }

  boolean fits(int percent, long memory) {
    return mode == CardMode.VIRTUAL
        && usedPercent + percent <= computeCapacity()
        && usedMemoryMb + memory <= memoryCapacity();
  }

  void add(String task, int percent, long memory) {
    tasks.add(task);
    usedPercent += percent;
    usedMemoryMb += memory;
  }

  void remove(String task, int percent, long memory) {
    if (tasks.remove(task)) {
      usedPercent -= percent;
      usedMemoryMb -= memory;
    }
  }

  void setMode(CardMode mode) {
    this.mode = mode;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  void setOverSubscription(double factor) {
    this.overSubscription = factor;
  }
}
