package io.computility.server.monitoring.api.dto;

/** A count, e.g. of unread notifications. */
public record Count(long count) {}
