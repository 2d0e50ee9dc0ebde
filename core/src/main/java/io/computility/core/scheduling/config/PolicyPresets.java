package io.computility.core.scheduling.config;

import io.computility.core.scheduling.SchedulingPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Built-in scheduling policies (NET-7.3b, CMP-plan). {@code default} balances load, data locality,
 * cost and QoS; the others lean one way. Weights are relative: the pipeline normalises them.
 */
public final class PolicyPresets {
  private PolicyPresets() {}

  public static final String DEFAULT = "default";

  public static List<SchedulingPolicy> all() {
    return List.of(
        policy(
            DEFAULT,
            "load, data locality, cost, energy, performance and QoS together",
            "least-load",
            3,
            "spec-free",
            2,
            "data-affinity",
            3,
            "lowest-price",
            1,
            "lowest-energy",
            1,
            "highest-performance",
            1,
            "load-fairness",
            1,
            "qos-aware",
            1),
        policy(
            "cost-first",
            "cheapest spec price first, then energy and load",
            "lowest-price",
            6,
            "lowest-energy",
            2,
            "least-load",
            1,
            "data-affinity",
            1),
        policy(
            "performance-first",
            "fastest centers (unified standard cards) first, near the data",
            "highest-performance",
            6,
            "data-affinity",
            2,
            "spec-free",
            1,
            "network-aware",
            1),
        policy(
            "green",
            "least energy by formula 1 first",
            "lowest-energy",
            6,
            "data-affinity",
            2,
            "least-load",
            1,
            "lowest-price",
            1),
        policy(
            "balanced",
            "even load across centers first",
            "load-fairness",
            4,
            "least-load",
            3,
            "spec-free",
            2,
            "data-affinity",
            1),
        policy(
            "qos-first",
            "QoS/QoE headroom and network path first",
            "qos-aware",
            5,
            "network-aware",
            3,
            "least-load",
            1,
            "data-affinity",
            1),
        policy("fcfs", "first fit in registration order", "fcfs", 1),
        policy("manual", "pinned centers, least loaded among them", "manual", 5, "least-load", 1));
  }

  /** Builds a policy from alternating strategy ids and weights. */
  private static SchedulingPolicy policy(String name, String description, Object... idWeight) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int i = 0; i < idWeight.length; i += 2) {
      weights.put((String) idWeight[i], ((Number) idWeight[i + 1]).doubleValue());
    }
    return new SchedulingPolicy(name, description, weights);
  }
}
