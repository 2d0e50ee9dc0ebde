package io.computility.server.market.demand;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/** An offer as stored and answered: one center's quote for a demand, ranked by score. */
public record Offer(
    String id,
    int rank,
    @JsonProperty("center_id") String centerId,
    String region,
    @JsonProperty("spec_id") String specId,
    long cpu,
    @JsonProperty("memory_mb") long memoryMb,
    long gpu,
    @JsonProperty("storage_gb") long storageGb,
    @JsonProperty("price_per_hour") BigDecimal pricePerHour,
    @JsonProperty("total_price") BigDecimal totalPrice,
    @JsonProperty("earliest_start") Instant earliestStart,
    @JsonProperty("energy_kwh") BigDecimal energyKwh,
    double score,
    double performance) {}
