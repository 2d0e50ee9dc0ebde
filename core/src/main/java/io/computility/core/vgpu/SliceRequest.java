package io.computility.core.vgpu;

/**
 * What one task asks of the pool.
 *
 * @param taskId the task
 * @param computePercent compute per card, 1..100 in 1 % steps (POOL-7.3b)
 * @param memoryMb memory per card, MB in 1 MB steps
 * @param count number of distinct cards
 * @param physical true to take whole physical-mode cards instead of virtual slices
 * @param policy per-task policy, or null for the pool's global policy (POOL-7.2b)
 * @param pinNode only this node, or null (POOL-7.2c)
 * @param pinModel only cards of this model, or null (POOL-7.2c)
 * @param pinCard only this card (uuid), or null (POOL-7.2d)
 * @param affinity tasks with the same key share one card, or null (POOL-T12.9)
 * @param gang true when the cards may come from several nodes (POOL-7.1b, 7.3a)
 * @param localNode the node the task was submitted from, for local policies, or null
 */
public record SliceRequest(
    String taskId,
    int computePercent,
    long memoryMb,
    int count,
    boolean physical,
    PlacementPolicy policy,
    String pinNode,
    String pinModel,
    String pinCard,
    String affinity,
    boolean gang,
    String localNode) {

  public SliceRequest {
    if (taskId == null || taskId.isBlank()) throw new IllegalArgumentException("taskId is blank");
    if (!physical && (computePercent < 1 || computePercent > 100)) {
      throw new IllegalArgumentException("computePercent must be 1..100, was " + computePercent);
    }
    if (!physical && memoryMb < 1) {
      throw new IllegalArgumentException("memoryMb must be >= 1, was " + memoryMb);
    }
    if (count < 1) throw new IllegalArgumentException("count must be >= 1, was " + count);
  }

  /** A virtual slice request with no pins, for tests and the simulator. */
  public static SliceRequest slice(String taskId, int computePercent, long memoryMb) {
    return new SliceRequest(
        taskId, computePercent, memoryMb, 1, false, null, null, null, null, null, false, null);
  }

  /** The same request with another policy. */
  public SliceRequest withPolicy(PlacementPolicy p) {
    return new SliceRequest(
        taskId,
        computePercent,
        memoryMb,
        count,
        physical,
        p,
        pinNode,
        pinModel,
        pinCard,
        affinity,
        gang,
        localNode);
  }
}
