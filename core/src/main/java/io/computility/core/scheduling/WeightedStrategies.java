package io.computility.core.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A policy resolved against the registry: the strategies with a positive weight, in order. */
final class WeightedStrategies {
  private final SchedulingStrategy[] strategies;
  private final double[] weights;
  private final String[] ids;

  private WeightedStrategies(SchedulingStrategy[] strategies, double[] weights) {
    this.strategies = strategies;
    this.weights = weights;
    this.ids = new String[strategies.length];
    for (int i = 0; i < ids.length; i++) ids[i] = strategies[i].id();
  }

  static WeightedStrategies of(SchedulingPolicy policy, StrategyRegistry registry) {
    List<SchedulingStrategy> s = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (Map.Entry<String, Double> e : policy.normalisedWeights().entrySet()) {
      if (e.getValue() <= 0) continue;
      s.add(registry.get(e.getKey()));
      w.add(e.getValue());
    }
    double[] weights = new double[w.size()];
    for (int i = 0; i < weights.length; i++) weights[i] = w.get(i);
    return new WeightedStrategies(s.toArray(SchedulingStrategy[]::new), weights);
  }

  int size() {
    return strategies.length;
  }

  SchedulingStrategy strategy(int i) {
    return strategies[i];
  }

  double[] weights() {
    return weights;
  }

  /** Strategy ids in order; shared, do not modify. */
  String[] ids() {
    return ids;
  }
}
