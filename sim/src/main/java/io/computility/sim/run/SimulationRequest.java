package io.computility.sim.run;

import java.util.List;

/**
 * What to simulate. Pool level: {@code trace} is an openb-style pod list, {@code nodes} its node
 * list, {@code policies} pool policy names. Federation level: {@code centers} is a centers file,
 * {@code trace} an optional workload CSV (generated from {@code seed} and {@code jobs} when null),
 * {@code policies} scheduling policy names.
 */
public record SimulationRequest(
    String level,
    String trace,
    String nodes,
    String centers,
    List<String> policies,
    int seeds,
    double arrived,
    int jobs,
    long seed) {

  public static final String POOL = "pool";
  public static final String FEDERATION = "federation";

  public SimulationRequest {
    policies = policies == null ? List.of() : List.copyOf(policies);
  }

  /** Checks the fields; the message names the first bad one. */
  public SimulationRequest validate() {
    if (!POOL.equals(level) && !FEDERATION.equals(level)) {
      throw new InvalidSimulationException("level", "must be pool or federation");
    }
    if (policies.isEmpty() || policies.stream().anyMatch(p -> p == null || p.isBlank())) {
      throw new InvalidSimulationException("policies", "needs at least one policy name");
    }
    if (seeds < 1 || seeds > 100) {
      throw new InvalidSimulationException("seeds", "must be between 1 and 100");
    }
    if (POOL.equals(level)) {
      if (trace == null || trace.isBlank()) {
        throw new InvalidSimulationException("trace", "a pod list is required at pool level");
      }
      if (!(arrived > 0 && arrived <= 2)) {
        throw new InvalidSimulationException("arrived", "must be in (0, 2]");
      }
    } else {
      if (centers == null || centers.isBlank()) {
        throw new InvalidSimulationException("centers", "a centers file is required");
      }
      if ((trace == null || trace.isBlank()) && (jobs < 1 || jobs > 100_000)) {
        throw new InvalidSimulationException("jobs", "must be between 1 and 100000");
      }
    }
    return this;
  }
}
