package io.computility.core.data;

import io.computility.core.catalog.Dataset;
import io.computility.core.scheduling.ClusterView;

/** Chooses where a dataset is copied from when the chosen center lacks it (JC-6.3.2). */
public interface TransferPlanner {

  /**
   * Plans the copy of {@code dataset} into center {@code target}; null when the target already
   * holds it.
   */
  TransferPlan plan(Dataset dataset, int target, ClusterView view);
}
