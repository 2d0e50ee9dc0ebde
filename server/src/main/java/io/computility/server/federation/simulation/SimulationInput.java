package io.computility.server.federation.simulation;

import java.util.List;

/**
 * The body of {@code POST /api/v1/simulations}. Inputs travel inline as CSV text, never as server
 * paths: {@code trace} is the pod list (pool) or the optional workload (federation), {@code nodes}
 * the pool's node list, {@code centers} the federation's centers file. Formats: docs/simulator.md.
 */
public record SimulationInput(
    String level,
    String trace,
    String nodes,
    String centers,
    List<String> policies,
    Integer seeds,
    Double arrived,
    Integer jobs,
    Long seed) {}
