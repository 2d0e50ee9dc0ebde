package io.computility.server.monitoring.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** A silence window; absent rule or source fields match any. */
public record SilenceDto(
    Long id,
    @Size(max = 63) String ruleId,
    @Size(max = 16) String sourceType,
    @Size(max = 128) String sourceId,
    @Schema(description = "ISO-8601; default now") @Size(max = 64) String startsAt,
    @Schema(description = "ISO-8601, after startsAt") @Size(max = 64) String endsAt,
    @Size(max = 512) String reason,
    String createdAt) {}
