package io.computility.server.monitoring.api.dto;

/** One message of the in-app inbox. */
public record NotificationDto(
    long id,
    Long alertId,
    String severity,
    String colour,
    String title,
    String body,
    String createdAt,
    String readAt,
    boolean read) {}
