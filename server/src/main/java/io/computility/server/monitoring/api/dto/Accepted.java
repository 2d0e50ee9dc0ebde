package io.computility.server.monitoring.api.dto;

/** How many items of a pushed batch were stored. */
public record Accepted(int accepted) {}
