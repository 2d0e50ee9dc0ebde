package io.computility.server.federation.simulation;

import io.computility.sim.run.SimulationReport;
import java.time.Instant;

/** What {@code GET /api/v1/simulations/{id}} answers; {@code report} is null until DONE. */
public record SimulationView(
    String id,
    String level,
    String status,
    String error,
    SimulationReport report,
    Instant createdAt,
    Instant finishedAt) {}
