package io.computility.server.monitoring.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * An alert rule as the console edits it: a THRESHOLD rule watches {@code metric comparison
 * threshold} held for {@code holdFor}; an EVENT rule fires on {@code eventKind} and resolves on
 * {@code resolveKind}. Scope fields left out match every source.
 */
public record RuleDto(
    @Schema(example = "gpu-hot") String id,
    @Schema(example = "GPU temperature high") String name,
    String description,
    @Schema(description = "default true") Boolean enabled,
    @Schema(description = "INFO, WARNING or CRITICAL") String severity,
    @Schema(description = "NODE, DEVICE, CENTER, TASK or PLATFORM; absent: any") String sourceType,
    String sourceId,
    Map<String, String> labels,
    @Schema(description = "THRESHOLD or EVENT") String kind,
    @Schema(example = "gpu.temperature") String metric,
    @Schema(description = "GT, GE, LT, LE, EQ, NE or > >= < <= == !=") String comparison,
    Double threshold,
    @Schema(description = "e.g. 60s, 5m, PT1M; default 0", example = "60s") String holdFor,
    @Schema(example = "DEVICE_FAULT") String eventKind,
    @Schema(example = "DEVICE_RECOVERED") String resolveKind,
    @Schema(description = "put notices in the in-app inbox; default true") Boolean notifyInApp,
    @Schema(description = "e-mail recipients") List<String> emailTo,
    String createdAt,
    String updatedAt) {}
