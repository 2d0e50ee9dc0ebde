package io.computility.server.monitoring.api.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A batch of log lines. */
public record LogsRequest(@Size(max = 10000) List<@Valid LogLineDto> lines) {}
