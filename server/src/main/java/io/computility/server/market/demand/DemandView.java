package io.computility.server.market.demand;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A demand as answered; {@code offers} in a demand's details and in the publish answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemandView(
    String id,
    String number,
    String name,
    @JsonProperty("tenant_id") String tenantId,
    @JsonProperty("org_id") String orgId,
    @JsonProperty("user_id") String userId,
    long cpu,
    @JsonProperty("memory_mb") long memoryMb,
    long gpu,
    @JsonProperty("gpu_type") String gpuType,
    int quantity,
    String duration,
    @JsonProperty("start_at") Instant startAt,
    String region,
    BigDecimal budget,
    String rule,
    Map<String, Double> weights,
    String policy,
    String state,
    String reason,
    @JsonProperty("offer_id") String offerId,
    @JsonProperty("order_id") String orderId,
    @JsonProperty("created_at") Instant createdAt,
    List<Offer> offers) {

  DemandView withOffers(List<Offer> o) {
    return new DemandView(
        id, number, name, tenantId, orgId, userId, cpu, memoryMb, gpu, gpuType, quantity, duration,
        startAt, region, budget, rule, weights, policy, state, reason, offerId, orderId, createdAt,
        o);
  }
}
