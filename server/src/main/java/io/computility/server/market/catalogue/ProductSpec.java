package io.computility.server.market.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One spec a product is also sold in (seed 003: durations and specs are maintained), e.g. "2
 * cards": a name and the amounts of one unit of it.
 */
public record ProductSpec(
    @JsonProperty("name") String name, @JsonProperty("components") ProductComponents components) {}
