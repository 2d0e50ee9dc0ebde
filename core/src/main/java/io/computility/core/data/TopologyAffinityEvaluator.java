package io.computility.core.data;

import io.computility.core.catalog.DatasetLocation;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.strategy.Topology;

/**
 * JC-6.3.2 evaluator c, network topology affinity: the closer the source's network topology to the
 * target's region, the better. Absolute: 100 × {@link Topology#closeness}, already a 0..1 ratio.
 */
public final class TopologyAffinityEvaluator implements SourceEvaluator {

  @Override
  public String id() {
    return "topology-affinity";
  }

  @Override
  public void score(
      DatasetLocation[] sources, int count, int target, ClusterView view, double[] out) {
    String region = view.region(target);
    for (int k = 0; k < count; k++) {
      out[k] = 100 * Topology.closeness(region, sources[k].networkTopology());
    }
  }
}
