package io.computility.server.monitoring.api.dto;

import java.util.List;

/** A batch of samples. */
public record SamplesRequest(List<SampleDto> samples) {}
