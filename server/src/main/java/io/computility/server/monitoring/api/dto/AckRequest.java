package io.computility.server.monitoring.api.dto;

import jakarta.validation.constraints.Size;

/** Who acknowledges an alert. */
public record AckRequest(@Size(max = 63) String by) {}
