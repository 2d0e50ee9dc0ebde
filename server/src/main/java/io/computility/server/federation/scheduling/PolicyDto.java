package io.computility.server.federation.scheduling;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** A scheduling policy: strategy weights for evaluation formula 2 (JC-6.6.3). */
public record PolicyDto(
    String name,
    String description,
    @Schema(example = "{\"least-load\":0.6,\"lowest-price\":0.4}") Map<String, Double> weights) {}
