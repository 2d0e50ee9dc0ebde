package io.computility.server.monitoring.api.dto;

import java.util.List;

/** A batch of log lines. */
public record LogsRequest(List<LogLineDto> lines) {}
