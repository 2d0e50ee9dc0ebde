package io.computility.core.monitoring;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened to a source, e.g. {@code DEVICE_FAULT} on a GPU or {@code NODE_LOST}.
 * Kinds are open strings so that new sources need no code change; {@link #WELL_KNOWN} lists the
 * ones the platform itself emits.
 */
public record HealthEvent(
    SourceType sourceType,
    String sourceId,
    String kind,
    Severity severity,
    String message,
    Instant occurredAt,
    Map<String, String> labels) {

  /** Kinds emitted by the platform: faults, losses and their recoveries. */
  public static final java.util.List<String> WELL_KNOWN =
      java.util.List.of(
          "DEVICE_FAULT",
          "DEVICE_RECOVERED",
          "NODE_LOST",
          "NODE_RECOVERED",
          "CENTER_LOST",
          "CENTER_RECOVERED");

  public HealthEvent {
    Objects.requireNonNull(sourceType, "sourceType");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(occurredAt, "occurredAt");
    message = message == null ? "" : message;
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  public SourceKey source() {
    return new SourceKey(sourceType, sourceId);
  }
}
