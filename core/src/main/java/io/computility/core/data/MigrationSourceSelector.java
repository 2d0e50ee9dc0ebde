package io.computility.core.data;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.DatasetLocation;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.InvalidPolicyException;
import io.computility.core.scheduling.strategy.DataCopyTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JC-6.3.2 data migration strategy: filters the dataset's copies (readable by other centers, a free
 * download slot, not the target itself), scores the survivors with weighted {@link
 * SourceEvaluator}s, and hands the storage system the sources ranked by weighted sum (ties keep the
 * dataset's location order). The estimate divides the size by the best source's rate, bounded by
 * the target's link bandwidth to it when known. When no copy is eligible right now (all busy or
 * private), the plan lists no source and estimates infinity: the storage system waits and asks
 * again.
 */
public final class MigrationSourceSelector implements TransferPlanner {

  private final SourceEvaluator[] evaluators;
  private final double[] weights;

  /**
   * @param weights weight by evaluator id; evaluators left out weigh 0
   */
  public MigrationSourceSelector(List<SourceEvaluator> evaluators, Map<String, Double> weights) {
    this.evaluators = evaluators.toArray(SourceEvaluator[]::new);
    this.weights = new double[this.evaluators.length];
    Map<String, Double> unknown = new LinkedHashMap<>(weights);
    double sum = 0;
    for (int i = 0; i < this.evaluators.length; i++) {
      Double w = unknown.remove(this.evaluators[i].id());
      double v = w == null ? 0 : w;
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new InvalidPolicyException(
            "migrationWeights." + this.evaluators[i].id(), "must be a finite number >= 0");
      }
      this.weights[i] = v;
      sum += v;
    }
    if (!unknown.isEmpty()) {
      String id = unknown.keySet().iterator().next();
      throw new InvalidPolicyException("migrationWeights." + id, "unknown evaluator");
    }
    if (sum <= 0) throw new InvalidPolicyException("migrationWeights", "need one weight > 0");
  }

  /** The five evaluators of JC-6.3.2, equally weighted. */
  public static MigrationSourceSelector defaults() {
    List<SourceEvaluator> all =
        List.of(
            new LeastDownloadLoadEvaluator(),
            new LeastTimeEvaluator(),
            new TopologyAffinityEvaluator(),
            new SuccessRateEvaluator(),
            new RateLimitEvaluator());
    Map<String, Double> equal = new LinkedHashMap<>();
    for (SourceEvaluator e : all) equal.put(e.id(), 1.0);
    return new MigrationSourceSelector(all, equal);
  }

  @Override
  public TransferPlan plan(Dataset dataset, int target, ClusterView view) {
    String targetId = view.id(target);
    if (dataset.storedIn(targetId)) return null;
    DatasetLocation[] sources = eligible(dataset, targetId);
    int n = sources.length;
    double[] finals = new double[n];
    double[] scores = new double[n];
    for (int i = 0; i < evaluators.length; i++) {
      if (weights[i] == 0) continue;
      evaluators[i].score(sources, n, target, view, scores);
      for (int k = 0; k < n; k++) finals[k] += weights[i] * scores[k];
    }
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) order[k] = k;
    java.util.Arrays.sort(order, (a, b) -> Double.compare(finals[b], finals[a]));
    List<String> ranked = new ArrayList<>(n);
    for (Integer k : order) ranked.add(sources[k].aiCenterId());
    double seconds = Double.POSITIVE_INFINITY;
    if (n > 0) {
      double rate = DataCopyTime.rate(view, target, sources[order[0]]);
      if (rate > 0) seconds = dataset.sizeMb() * 8.0 / rate;
    }
    return new TransferPlan(name(dataset), targetId, ranked, dataset.sizeMb(), seconds);
  }

  private static DatasetLocation[] eligible(Dataset dataset, String targetId) {
    List<DatasetLocation> ok = new ArrayList<>();
    for (DatasetLocation l : dataset.location()) {
      boolean slotFree = l.concurrencyLimit() <= 0 || l.currentDownloads() < l.concurrencyLimit();
      if (l.readable() && slotFree && !l.aiCenterId().equals(targetId)) ok.add(l);
    }
    return ok.toArray(DatasetLocation[]::new);
  }

  private static String name(Dataset d) {
    return d.dataVersion() == null ? d.dataName() : d.dataName() + ":" + d.dataVersion();
  }
}
