package io.computility.core.scheduling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A named set of strategies with weights (NET-7.3b): the inputs of evaluation formula 2. Weights
 * are validated when a policy is built: every strategy must exist, weights are finite and not
 * negative, and at least one is positive.
 */
public record SchedulingPolicy(String name, String description, Map<String, Double> weights) {

  public SchedulingPolicy {
    if (name == null || name.isBlank()) throw new InvalidPolicyException("name", "is required");
    if (weights == null || weights.isEmpty()) {
      throw new InvalidPolicyException("weights", "must name at least one strategy");
    }
    double sum = 0;
    for (Map.Entry<String, Double> w : weights.entrySet()) {
      Double v = w.getValue();
      if (v == null || v.isNaN() || v.isInfinite() || v < 0) {
        throw new InvalidPolicyException(
            "weights." + w.getKey(), "must be a finite number >= 0, was " + v);
      }
      sum += v;
    }
    if (sum <= 0) throw new InvalidPolicyException("weights", "at least one weight must be > 0");
    weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
  }

  /** Checks that every strategy the policy names exists. */
  public SchedulingPolicy validateAgainst(Set<String> knownStrategies) {
    for (String id : weights.keySet()) {
      if (!knownStrategies.contains(id)) {
        throw new InvalidPolicyException(
            "weights." + id, "unknown strategy; known: " + String.join(", ", knownStrategies));
      }
    }
    return this;
  }

  /** Weights scaled to sum to 1, so that final scores stay on the 0..100 scale. */
  public Map<String, Double> normalisedWeights() {
    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> n = new LinkedHashMap<>();
    weights.forEach((k, v) -> n.put(k, v / sum));
    return n;
  }
}
