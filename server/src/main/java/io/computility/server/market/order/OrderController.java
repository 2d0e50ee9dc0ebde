package io.computility.server.market.order;

import io.computility.server.identity.CurrentUser;
import io.computility.server.market.catalogue.ProductType;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.PageData;
import io.computility.server.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders (我的订单 for tenant users, 订单管理 for operators: the same endpoints, the caller's data scope
 * decides what is listed). Renewing, resizing and terminating go through an application (POST
 * /api/v1/market/applications with one item naming the order).
 */
@RestController
@RequestMapping("/api/v1/market/orders")
@Tag(name = "Market orders")
public class OrderController {
  private final OrderQueries queries;

  OrderController(OrderQueries queries) {
    this.queries = queries;
  }

  @GetMapping
  @Operation(summary = "Orders in the caller's scope, newest first, with filters")
  public Envelope<PageData<OrderView>> list(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String type,
      @RequestParam(name = "tenant_id", required = false) String tenantId,
      @RequestParam(name = "center_id", required = false) String centerId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    OrderFilter f =
        new OrderFilter(
            parse(OrderState.class, state, "state"),
            parse(ProductType.class, type, "type"),
            tenantId == null ? null : Check.id(tenantId, "tenant_id"),
            centerId == null ? null : Check.id(centerId, "center_id"),
            q == null || q.isBlank() ? null : Check.maxChars(q.strip(), "q", 64),
            false);
    int p = page == null ? 0 : Check.page(page);
    int s = size == null ? Paging.DEFAULT_SIZE : Check.pageSize(size, Paging.MAX_SIZE);
    return Envelope.ok(queries.list(CurrentUser.get(), f, p, s));
  }

  @GetMapping("/{id}")
  @Operation(summary = "An order with its state history")
  public Envelope<OrderView> get(@PathVariable String id) {
    return Envelope.ok(queries.get(CurrentUser.get(), Check.id(id, "id")));
  }

  static <E extends Enum<E>> E parse(Class<E> type, String raw, String field) {
    if (raw == null || raw.isBlank()) return null;
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.notOneOf(
          field, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), raw);
    }
  }
}
