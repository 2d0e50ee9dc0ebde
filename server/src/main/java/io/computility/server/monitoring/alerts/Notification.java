package io.computility.server.monitoring.alerts;

import io.computility.core.monitoring.Severity;
import java.time.Instant;
import java.util.Map;

/**
 * One message in the in-app inbox (CMP-observe unified alert inbox). {@code code} and {@code
 * params} say the title and body as a display code (issue 15); null on messages stored before.
 * {@code recipientId} is the one user a personal message is for (issue 16); null on alert
 * notifications, which every monitor:read user sees. {@code link} is the console path it opens.
 */
public record Notification(
    long id,
    Long alertId,
    Severity severity,
    String title,
    String body,
    Instant createdAt,
    Instant readAt,
    String code,
    Map<String, Object> params,
    String recipientId,
    String link) {}
