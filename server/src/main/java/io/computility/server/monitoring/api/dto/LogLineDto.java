package io.computility.server.monitoring.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** One log line, pushed or listed. {@code id} is set only when listed. */
public record LogLineDto(
    Long id,
    @Size(max = 16) String sourceType,
    @Size(max = 128) String sourceId,
    @Schema(description = "TRACE, DEBUG, INFO, WARN or ERROR") @Size(max = 8) String level,
    @Schema(description = "ISO-8601 instant; the server's clock when absent") @Size(max = 64)
        String time,
    @Size(max = 256) String logger,
    @Size(max = 16384) String message) {}
