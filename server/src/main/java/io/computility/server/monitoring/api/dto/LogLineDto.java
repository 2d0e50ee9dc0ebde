package io.computility.server.monitoring.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** One log line, pushed or listed. {@code id} is set only when listed. */
public record LogLineDto(
    Long id,
    String sourceType,
    String sourceId,
    @Schema(description = "TRACE, DEBUG, INFO, WARN or ERROR") String level,
    @Schema(description = "ISO-8601 instant; the server's clock when absent") String time,
    String logger,
    String message) {}
