package io.computility.server.monitoring.api.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A batch of samples. */
public record SamplesRequest(@Size(max = 10000) List<@Valid SampleDto> samples) {}
