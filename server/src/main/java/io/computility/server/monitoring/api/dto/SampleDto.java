package io.computility.server.monitoring.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** One metric sample as pushed by an agent or center. */
public record SampleDto(
    @Schema(description = "NODE, DEVICE, CENTER, TASK or PLATFORM", example = "DEVICE")
        String sourceType,
    @Schema(example = "node-1/gpu0") String sourceId,
    @Schema(example = "gpu.utilisation") String metric,
    Double value,
    @Schema(description = "ISO-8601 instant; the server's clock when absent") String time,
    Map<String, String> labels) {}
