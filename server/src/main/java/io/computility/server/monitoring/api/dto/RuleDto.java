package io.computility.server.monitoring.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * An alert rule as the console edits it: a THRESHOLD rule watches {@code metric comparison
 * threshold} held for {@code holdFor}; an EVENT rule fires on {@code eventKind} and resolves on
 * {@code resolveKind}. Scope fields left out match every source.
 */
public record RuleDto(
    @Schema(example = "gpu-hot") @Size(max = 63) String id,
    @Schema(example = "GPU temperature high") @Size(max = 128) String name,
    @Size(max = 512) String description,
    @Schema(description = "default true") Boolean enabled,
    @Schema(description = "INFO, WARNING or CRITICAL") @Size(max = 16) String severity,
    @Schema(description = "NODE, DEVICE, CENTER, TASK or PLATFORM; absent: any") @Size(max = 16)
        String sourceType,
    @Size(max = 128) String sourceId,
    @Size(max = 64) Map<@Size(max = 128) String, @Size(max = 1024) String> labels,
    @Schema(description = "THRESHOLD or EVENT") @Size(max = 16) String kind,
    @Schema(example = "gpu.temperature") @Size(max = 128) String metric,
    @Schema(description = "GT, GE, LT, LE, EQ, NE or > >= < <= == !=") @Size(max = 8)
        String comparison,
    Double threshold,
    @Schema(description = "e.g. 60s, 5m, PT1M; default 0", example = "60s") @Size(max = 32)
        String holdFor,
    @Schema(example = "DEVICE_FAULT") @Size(max = 64) String eventKind,
    @Schema(example = "DEVICE_RECOVERED") @Size(max = 64) String resolveKind,
    @Schema(description = "put notices in the in-app inbox; default true") Boolean notifyInApp,
    @Schema(description = "e-mail recipients") @Size(max = 64)
        List<@Size(max = 254) String> emailTo,
    String createdAt,
    String updatedAt,
    @Schema(
            accessMode = Schema.AccessMode.READ_ONLY,
            description =
                "built-in rules: a stable code (rule.<id>) the console translates name and"
                    + " description by; absent otherwise (docs/api.md)")
        @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        String code) {

  /** The rules the platform ships (V51__default_alert_rules.sql). */
  public static final java.util.Set<String> BUILTIN =
      java.util.Set.of("device-fault", "node-lost", "center-lost");
}
