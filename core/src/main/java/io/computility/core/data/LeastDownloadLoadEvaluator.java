package io.computility.core.data;

import io.computility.core.catalog.DatasetLocation;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.strategy.Scores;

/**
 * JC-6.3.2 evaluator a, least load: the lower {@code currentDownloads / concurrencyLimit}, the
 * better (a source without a limit counts as unloaded). Min-max over the sources.
 */
public final class LeastDownloadLoadEvaluator implements SourceEvaluator {

  @Override
  public String id() {
    return "least-load";
  }

  @Override
  public void score(
      DatasetLocation[] sources, int count, int target, ClusterView view, double[] out) {
    for (int k = 0; k < count; k++) {
      DatasetLocation l = sources[k];
      out[k] = l.concurrencyLimit() <= 0 ? 0 : (double) l.currentDownloads() / l.concurrencyLimit();
    }
    Scores.lowerIsBetter(out, count);
  }
}
