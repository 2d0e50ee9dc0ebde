package io.computility.server.monitoring.api.dto;

/** Who acknowledges an alert. */
public record AckRequest(String by) {}
