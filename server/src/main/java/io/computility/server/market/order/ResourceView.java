package io.computility.server.market.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.identity.tenancy.Quota;
import io.computility.server.market.catalogue.ProductComponents;
import java.time.Instant;

/**
 * A resource a tenant holds through an active order (我的资源): what it is, what it grants, and what
 * can be done with it now ({@code stop}, {@code start}: decisions with their reasons).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceView(
    @JsonProperty("order_id") String orderId,
    @JsonProperty("order_number") String orderNumber,
    @JsonProperty("product_name") String productName,
    String type,
    String kind,
    @JsonProperty("center_id") String centerId,
    int quantity,
    ProductComponents total,
    String state,
    boolean stopped,
    @JsonProperty("start_at") Instant startAt,
    @JsonProperty("end_at") Instant endAt,
    Quota granted,
    @JsonProperty("api_key_prefix") String apiKeyPrefix,
    String fulfilment,
    Decision stop,
    Decision start) {}
