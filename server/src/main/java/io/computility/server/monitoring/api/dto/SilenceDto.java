package io.computility.server.monitoring.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** A silence window; absent rule or source fields match any. */
public record SilenceDto(
    Long id,
    String ruleId,
    String sourceType,
    String sourceId,
    @Schema(description = "ISO-8601; default now") String startsAt,
    @Schema(description = "ISO-8601, after startsAt") String endsAt,
    String reason,
    String createdAt) {}
