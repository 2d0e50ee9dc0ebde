package io.computility.server.monitoring.api.dto;

import java.util.Map;

/**
 * One message of the in-app inbox; {@code code} and {@code params} say it for display, {@code link}
 * is the console path it opens, {@code personal} whether it is the caller's own message (else an
 * alert notification).
 */
public record NotificationDto(
    long id,
    Long alertId,
    String severity,
    String colour,
    String title,
    String body,
    String createdAt,
    String readAt,
    boolean read,
    String code,
    Map<String, Object> params,
    String link,
    boolean personal) {}
