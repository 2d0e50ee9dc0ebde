package io.computility.core.data;

import java.util.List;

/**
 * How a dataset reaches the center chosen for a job (JC-6.3.2, figure 3): the ranked source centers
 * handed to the unified storage system and the estimated copy time.
 */
public record TransferPlan(
    String dataset,
    String targetCenter,
    List<String> sources,
    long sizeMb,
    double estimatedSeconds) {
  public TransferPlan {
    sources = List.copyOf(sources);
  }
}
