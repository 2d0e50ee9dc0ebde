package io.computility.server.monitoring.reports;

import io.computility.core.monitoring.SourceType;
import java.time.Instant;

/** Which data a report covers: a bucket size, a time range, and optional source/metric filters. */
public record ReportRequest(
    ReportPeriod period, Instant from, Instant to, SourceType sourceType, String metric) {}
