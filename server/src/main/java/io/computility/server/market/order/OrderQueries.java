package io.computility.server.market.order;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.tenancy.QuotaGrants;
import io.computility.server.market.catalogue.ProductType;
import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.PageData;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads orders and resources within the caller's data scope (another tenant's: 404). */
@Service
class OrderQueries {
  private final OrderStore store;
  private final OrderHistory history;
  private final QuotaGrants grants;
  private final ApiKeys keys;
  private final ManualFulfilments manual;

  OrderQueries(
      OrderStore store,
      OrderHistory history,
      QuotaGrants grants,
      ApiKeys keys,
      ManualFulfilments manual) {
    this.store = store;
    this.history = history;
    this.grants = grants;
    this.keys = keys;
    this.manual = manual;
  }

  PageData<OrderView> list(AuthUser caller, OrderFilter f, int page, int size) {
    List<OrderView> items =
        store.list(caller.scope(), f, page * size, size).stream()
            .map(o -> OrderView.of(o, null))
            .toList();
    return new PageData<>(items, store.count(caller.scope(), f), page, size);
  }

  /** The order, 404 naming {@code field} when the caller's scope does not reach it. */
  OrderRow visible(AuthUser caller, String id, String field) {
    return store
        .find(id)
        .filter(o -> caller.scope().sees(o.tenantId(), o.orgId(), o.applicantId()))
        .orElseThrow(() -> new NotFoundException(field, "no order " + id));
  }

  OrderView get(AuthUser caller, String id) {
    OrderRow o = visible(caller, id, "id");
    return OrderView.of(o, history.of(o.id()));
  }

  PageData<ResourceView> resources(AuthUser caller, int page, int size) {
    List<OrderRow> rows = store.list(caller.scope(), OrderFilter.HOLDING, page * size, size);
    List<ResourceView> items = rows.stream().map(this::resource).toList();
    return new PageData<>(items, store.count(caller.scope(), OrderFilter.HOLDING), page, size);
  }

  ResourceView resource(OrderRow o) {
    var grant = grants.find(o.id()).filter(QuotaGrants.Grant::active);
    return new ResourceView(
        o.id(),
        o.number(),
        o.productName(),
        o.type().name(),
        kind(o),
        o.centerId(),
        o.quantity(),
        o.total(),
        o.state().name(),
        o.stopped(),
        o.startAt(),
        o.endAt(),
        grant.map(QuotaGrants.Grant::quota).orElse(null),
        o.type() == ProductType.MODEL_SERVICE ? keys.prefix(o.id()).orElse(null) : null,
        o.type() == ProductType.MANUAL ? manual.state(o.id()).orElse(null) : null,
        stop(o),
        start(o));
  }

  static String kind(OrderRow o) {
    return switch (o.type()) {
      case COMPUTE -> o.onPool() ? "VGPU_SLICE" : "QUOTA_GRANT";
      case DEV_ENV, STORAGE -> "QUOTA_GRANT";
      case MODEL_SERVICE -> "API_KEY";
      case MANUAL -> "MANUAL";
    };
  }

  static Decision stop(OrderRow o) {
    if (!o.onPool()) return Decision.no(why(o));
    if (!o.state().holding()) return Decision.no("the order is " + o.state());
    if (o.stopped()) return Decision.no("already stopped");
    return Decision.yes();
  }

  static Decision start(OrderRow o) {
    if (!o.onPool()) return Decision.no(why(o));
    if (!o.state().holding()) return Decision.no("the order is " + o.state());
    if (!o.stopped()) return Decision.no("already running");
    return Decision.yes();
  }

  private static String why(OrderRow o) {
    return switch (kind(o)) {
      case "QUOTA_GRANT" -> "a quota grant has nothing to start or stop; terminate the order";
      case "API_KEY" -> "an API key is not started or stopped; rotate it or terminate the order";
      default -> "a manual service is not started or stopped";
    };
  }
}
