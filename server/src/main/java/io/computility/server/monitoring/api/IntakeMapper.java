package io.computility.server.monitoring.api;

import io.computility.core.monitoring.HealthEvent;
import io.computility.core.monitoring.MetricSample;
import io.computility.core.monitoring.Severity;
import io.computility.core.monitoring.SourceType;
import io.computility.server.monitoring.api.dto.EventDto;
import io.computility.server.monitoring.api.dto.LogLineDto;
import io.computility.server.monitoring.api.dto.SampleDto;
import io.computility.server.monitoring.logs.LogLevel;
import io.computility.server.monitoring.logs.LogLine;
import io.computility.server.shared.web.Check;
import java.time.Instant;
import java.util.Map;

/** Checks pushed samples, events and log lines and turns them into domain values. */
final class IntakeMapper {
  static final int MAX_BATCH = 5000;
  static final int NAME_CHARS = 128;
  static final int MESSAGE_CHARS = 65_536;

  private IntakeMapper() {}

  static MetricSample sample(SampleDto d, String f, Instant now) {
    if (d == null) throw Check.bad(f, "is required");
    double v = Check.present(d.value(), f + ".value");
    if (Double.isNaN(v) || Double.isInfinite(v)) throw Check.bad(f + ".value", "must be finite");
    return new MetricSample(
        type(d.sourceType(), f),
        Check.text(d.sourceId(), f + ".sourceId", NAME_CHARS),
        Check.text(d.metric(), f + ".metric", NAME_CHARS),
        v,
        time(d.time(), f, now),
        labels(d.labels(), f));
  }

  static HealthEvent event(EventDto d, Instant now) {
    if (d == null) throw Check.bad("body", "is required");
    Severity severity = Params.severity(Check.required(d.severity(), "severity"), "severity");
    return new HealthEvent(
        type(d.sourceType(), ""),
        Check.text(d.sourceId(), "sourceId", NAME_CHARS),
        Check.text(d.kind(), "kind", 64),
        severity,
        Check.maxChars(d.message(), "message", MESSAGE_CHARS),
        time(d.time(), "", now),
        labels(d.labels(), ""));
  }

  static LogLine logLine(LogLineDto d, String f, Instant now) {
    if (d == null) throw Check.bad(f, "is required");
    String lf = f + ".level";
    LogLevel level;
    try {
      level = LogLevel.parse(Check.required(d.level(), lf));
    } catch (IllegalArgumentException e) {
      throw Check.bad(lf, "must be one of TRACE, DEBUG, INFO, WARN, ERROR");
    }
    return LogLine.of(
        type(d.sourceType(), f),
        Check.text(d.sourceId(), f + ".sourceId", NAME_CHARS),
        level,
        time(d.time(), f, now),
        Check.maxChars(d.logger(), f + ".logger", 256),
        Check.maxChars(Check.present(d.message(), f + ".message"), f + ".message", MESSAGE_CHARS));
  }

  private static SourceType type(String value, String f) {
    String field = prefix(f) + "sourceType";
    return Params.sourceType(Check.required(value, field), field);
  }

  private static Instant time(String value, String f, Instant now) {
    Instant t = Params.instant(value, prefix(f) + "time");
    return t == null ? now : t;
  }

  private static Map<String, String> labels(Map<String, String> labels, String f) {
    if (labels == null) return Map.of();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      String field = prefix(f) + "labels." + e.getKey();
      Check.text(e.getKey(), prefix(f) + "labels", NAME_CHARS);
      Check.maxChars(Check.present(e.getValue(), field), field, NAME_CHARS);
    }
    return labels;
  }

  private static String prefix(String f) {
    return f.isEmpty() ? "" : f + ".";
  }
}
