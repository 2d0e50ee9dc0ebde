package io.computility.server.market.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The model plaza's filter values: those the caller's offered model services use. */
public record Facets(
    @JsonProperty("tags") List<String> tags,
    @JsonProperty("tasks") List<String> tasks,
    @JsonProperty("frameworks") List<String> frameworks,
    @JsonProperty("chip_types") List<String> chipTypes) {}
