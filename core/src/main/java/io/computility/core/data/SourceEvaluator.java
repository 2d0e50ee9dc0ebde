package io.computility.core.data;

import io.computility.core.catalog.DatasetLocation;
import io.computility.core.scheduling.ClusterView;

/**
 * One data-migration evaluator of JC-6.3.2: scores the candidate sources of a copy into {@code
 * target} from 0 (worst) to 100 (best), writing the score of {@code sources[k]} to {@code out[k]}.
 */
public interface SourceEvaluator {

  /** Stable id used in migration weights, e.g. {@code least-load}. */
  String id();

  void score(DatasetLocation[] sources, int count, int target, ClusterView view, double[] out);
}
