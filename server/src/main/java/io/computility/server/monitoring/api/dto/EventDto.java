package io.computility.server.monitoring.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A health event as pushed by an agent or center. */
public record EventDto(
    @Size(max = 16) String sourceType,
    @Size(max = 128) String sourceId,
    @Schema(example = "DEVICE_FAULT") @Size(max = 64) String kind,
    @Schema(description = "INFO, WARNING or CRITICAL", example = "CRITICAL") @Size(max = 16)
        String severity,
    @Size(max = 4096) String message,
    @Schema(description = "ISO-8601 instant; the server's clock when absent") @Size(max = 64)
        String time,
    @Size(max = 64) Map<@Size(max = 128) String, @Size(max = 1024) String> labels) {}
