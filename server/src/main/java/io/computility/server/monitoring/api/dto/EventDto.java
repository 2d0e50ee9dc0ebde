package io.computility.server.monitoring.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** A health event as pushed by an agent or center. */
public record EventDto(
    String sourceType,
    String sourceId,
    @Schema(example = "DEVICE_FAULT") String kind,
    @Schema(description = "INFO, WARNING or CRITICAL", example = "CRITICAL") String severity,
    String message,
    @Schema(description = "ISO-8601 instant; the server's clock when absent") String time,
    Map<String, String> labels) {}
