package io.computility.core.monitoring;

/** Identifies one monitored source: its type and its id within that type. */
public record SourceKey(SourceType type, String id) {}
