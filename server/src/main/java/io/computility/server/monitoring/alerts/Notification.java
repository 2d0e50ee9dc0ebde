package io.computility.server.monitoring.alerts;

import io.computility.core.monitoring.Severity;
import java.time.Instant;

/** One message in the in-app inbox (CMP-observe unified alert inbox). */
public record Notification(
    long id,
    Long alertId,
    Severity severity,
    String title,
    String body,
    Instant createdAt,
    Instant readAt) {}
