package io.computility.core.scheduling.strategy;

import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;
import java.util.List;

/**
 * JC-5 f 1, manual scheduling: centers the job pins score 100, others 0; with no pins every
 * candidate scores 100. Absolute, not min-max. (The pinned-centers filter makes pins a hard
 * constraint; this strategy lets a policy express the same preference softly.)
 */
public final class ManualStrategy implements SchedulingStrategy {

  @Override
  public String id() {
    return "manual";
  }

  @Override
  public String description() {
    return "centers the job pins by hand";
  }

  @Override
  public void score(
      TaskDemand demand, ClusterView view, int[] candidates, int count, double[] out) {
    List<String> pinned = demand.job().requirements().pinnedCenters();
    if (pinned.isEmpty()) {
      Scores.fill(out, count, 100);
      return;
    }
    int[] pins = new int[pinned.size()];
    for (int p = 0; p < pins.length; p++) pins[p] = view.indexOf(pinned.get(p));
    for (int k = 0; k < count; k++) {
      out[k] = 0;
      for (int pin : pins) {
        if (pin == candidates[k]) out[k] = 100;
      }
    }
  }
}
