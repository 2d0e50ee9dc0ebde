package io.computility.core.scheduling.strategy;

import io.computility.core.catalog.Dataset;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;

/**
 * JC-6.6.2 e and JC-5 f 4, lowest energy first, by formula 1 (JC-6.6.1 f): static power during the
 * data copy plus execution power while the task runs, {@code P_static × (t_s − t_0) + P_exe × (t_e
 * − t_s)}, in joules. The copy takes {@link DataCopyTime} (0 where the data is local); the run
 * takes the job's expected duration divided by the center's performance factor. Min-max over the
 * candidates: the frugal center scores 100.
 */
public final class LowestEnergyStrategy implements SchedulingStrategy {

  @Override
  public String id() {
    return "lowest-energy";
  }

  @Override
  public String description() {
    return "least energy for data copy plus execution (formula 1) first";
  }

  @Override
  public void score(
      TaskDemand demand, ClusterView view, int[] candidates, int count, double[] out) {
    Dataset dataset = demand.dataset();
    double[] copySeconds = dataset == null ? null : DataCopyTime.seconds(view, dataset);
    double runSeconds = demand.job().requirements().expectedDurationSeconds();
    for (int k = 0; k < count; k++) {
      int c = candidates[k];
      double copy = copySeconds == null ? 0 : copySeconds[c];
      out[k] = energyJoules(view, c, copy, runSeconds);
    }
    Scores.lowerIsBetter(out, count);
  }

  /** Formula 1 for center {@code c}. */
  public static double energyJoules(
      ClusterView view, int c, double copySeconds, double nominalRun) {
    double run = nominalRun / view.performanceFactor(c);
    return view.staticPowerWatts(c) * copySeconds + view.execPowerWatts(c) * run;
  }
}
