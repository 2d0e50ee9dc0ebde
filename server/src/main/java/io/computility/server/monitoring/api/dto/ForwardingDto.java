package io.computility.server.monitoring.api.dto;

import jakarta.validation.constraints.Size;
import java.util.List;

/** A forwarding policy: alerts at least minSeverity (of sourceType, or any) go to emailTo too. */
public record ForwardingDto(
    Long id,
    @Size(max = 128) String name,
    Boolean enabled,
    @Size(max = 16) String minSeverity,
    @Size(max = 16) String sourceType,
    @Size(max = 64) List<@Size(max = 254) String> emailTo,
    String createdAt) {}
