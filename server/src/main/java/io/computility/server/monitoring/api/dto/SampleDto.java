package io.computility.server.monitoring.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** One metric sample as pushed by an agent or center. */
public record SampleDto(
    @Schema(description = "NODE, DEVICE, CENTER, TASK or PLATFORM", example = "DEVICE")
        @Size(max = 16)
        String sourceType,
    @Schema(example = "node-1/gpu0") @Size(max = 128) String sourceId,
    @Schema(example = "gpu.utilisation") @Size(max = 128) String metric,
    Double value,
    @Schema(description = "ISO-8601 instant; the server's clock when absent") @Size(max = 64)
        String time,
    @Size(max = 64) Map<@Size(max = 128) String, @Size(max = 1024) String> labels) {}
