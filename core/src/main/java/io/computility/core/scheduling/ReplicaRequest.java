package io.computility.core.scheduling;

import java.util.Set;

/**
 * A replica waiting for a center. {@code avoidCenters} are centers where earlier attempts failed:
 * failover prefers others, but falls back to them when nothing else can run the replica.
 */
public record ReplicaRequest(int taskIndex, int replicaIndex, Set<String> avoidCenters) {
  public ReplicaRequest {
    avoidCenters = avoidCenters == null ? Set.of() : Set.copyOf(avoidCenters);
  }
}
