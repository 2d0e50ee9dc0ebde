package io.computility.core.monitoring;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One measured value of a source at a time, e.g. {@code (DEVICE, node-1/gpu0, gpu.utilisation,
 * 0.93)}. Labels carry extra dimensions (vendor, model, pool) that rules may match.
 */
public record MetricSample(
    SourceType sourceType,
    String sourceId,
    String metric,
    double value,
    Instant takenAt,
    Map<String, String> labels) {

  public MetricSample {
    Objects.requireNonNull(sourceType, "sourceType");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(takenAt, "takenAt");
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  public SourceKey source() {
    return new SourceKey(sourceType, sourceId);
  }
}
