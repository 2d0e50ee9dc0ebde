package io.computility.server.monitoring.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** An alert as the console lists it; {@code colour} is the severity's display colour. */
public record AlertDto(
    long id,
    String ruleId,
    String ruleName,
    String severity,
    @Schema(example = "#d93025") String colour,
    String sourceType,
    String sourceId,
    @Schema(description = "FIRING or RESOLVED") String state,
    Double value,
    String message,
    boolean silenced,
    String startedAt,
    String resolvedAt,
    String resolveMessage,
    String acknowledgedAt,
    String acknowledgedBy) {}
