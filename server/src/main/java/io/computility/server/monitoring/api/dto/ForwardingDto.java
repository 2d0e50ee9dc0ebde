package io.computility.server.monitoring.api.dto;

import java.util.List;

/** A forwarding policy: alerts at least minSeverity (of sourceType, or any) go to emailTo too. */
public record ForwardingDto(
    Long id,
    String name,
    Boolean enabled,
    String minSeverity,
    String sourceType,
    List<String> emailTo,
    String createdAt) {}
