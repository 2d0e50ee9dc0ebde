package io.computility.server.market.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.market.catalogue.ProductComponents;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the API answers it; {@code history} only in an order's details. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderView(
    String id,
    String number,
    String state,
    String reason,
    @JsonProperty("tenant_id") String tenantId,
    @JsonProperty("org_id") String orgId,
    @JsonProperty("applicant_id") String applicantId,
    @JsonProperty("business_system_id") String businessSystemId,
    @JsonProperty("application_id") String applicationId,
    @JsonProperty("application_number") String applicationNumber,
    @JsonProperty("demand_id") String demandId,
    @JsonProperty("product_id") String productId,
    @JsonProperty("product_name") String productName,
    String type,
    @JsonProperty("center_id") String centerId,
    int quantity,
    ProductComponents components,
    String duration,
    BigDecimal price,
    @JsonProperty("pending_action") String pendingAction,
    @JsonProperty("start_at") Instant startAt,
    @JsonProperty("end_at") Instant endAt,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt,
    List<HistoryView> history) {

  /** One entry of the state history (the order's time line). */
  public record HistoryView(
      Instant at, String from, String to, String action, String actor, String note) {}

  static OrderView of(OrderRow o, List<OrderHistory.Entry> history) {
    return new OrderView(
        o.id(),
        o.number(),
        o.state().name(),
        o.reason(),
        o.tenantId(),
        o.orgId(),
        o.applicantId(),
        o.businessSystemId(),
        o.applicationId(),
        o.applicationNumber(),
        o.demandId(),
        o.productId(),
        o.productName(),
        o.type().name(),
        o.centerId(),
        o.quantity(),
        o.components(),
        o.duration(),
        o.price(),
        o.pendingAction(),
        o.startAt(),
        o.endAt(),
        o.createdAt(),
        o.updatedAt(),
        history == null
            ? null
            : history.stream()
                .map(
                    h ->
                        new HistoryView(
                            h.at(),
                            h.from() == null ? null : h.from().name(),
                            h.to().name(),
                            h.action(),
                            h.actor(),
                            h.note()))
                .toList());
  }
}
