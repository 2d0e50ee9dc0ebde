package io.computility.core.adapter;

import java.time.Duration;
import java.util.List;

/**
 * An HPC queue with Slurm semantics (CMP-hpcqueue): the nodes it spans, whether it is the default,
 * its priority tier (at most 65533), its maximum run time (null: unlimited), how jobs share nodes,
 * which user groups may use it and its state.
 *
 * @param overSubscribe {@code YES}, {@code NO}, {@code EXCLUSIVE} or {@code FORCE}, optionally with
 *     {@code :n} jobs per resource; {@code UNKNOWN} when the center does not report it
 * @param state {@code UP}, {@code DOWN}, {@code DRAIN} or {@code INACTIVE}
 */
public record HpcQueue(
    String name,
    List<String> nodes,
    boolean defaultQueue,
    int priority,
    Duration maxTime,
    String overSubscribe,
    List<String> allowedGroups,
    String state,
    int totalCpus,
    int totalNodes) {

  public HpcQueue {
    nodes = List.copyOf(nodes);
    allowedGroups = List.copyOf(allowedGroups);
    if (priority < 0 || priority > 65533)
      throw new IllegalArgumentException("priority must be 0..65533, was " + priority);
  }

  /** True when the queue accepts and starts jobs. */
  public boolean up() {
    return "UP".equals(state);
  }
}
