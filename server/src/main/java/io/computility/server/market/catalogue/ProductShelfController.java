package io.computility.server.market.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' shelf (seed 003 上架管理): put a product on or off the shelf, enable or disable it,
 * and choose the tenants it is shelved for.
 */
@RestController
@RequestMapping("/api/v1/market/products/{id}")
@Tag(name = "Market catalogue")
public class ProductShelfController {
  private final ProductReads reads;
  private final ProductWrites writes;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  ProductShelfController(ProductReads reads, ProductWrites writes, JdbcTemplate jdbc, Clock clock) {
    this.reads = reads;
    this.writes = writes;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A lifecycle step; {@code version}, when given, must be the one read. */
  public record Transition(
      @JsonProperty("action") String action, @JsonProperty("version") Integer version) {}

  /** Who the product is shelved for: ALL tenants, or the TENANTS listed. */
  public record Shelf(
      @JsonProperty("scope") String scope,
      @JsonProperty("tenants") List<String> tenants,
      @JsonProperty("version") Integer version) {}

  @PostMapping("/transition")
  @Operation(summary = "SHELVE, UNSHELVE, ENABLE or DISABLE; 409 naming the state if illegal")
  @Transactional
  public Envelope<ProductDetail> transition(
      @PathVariable String id, @RequestBody(required = false) Transition body) {
    Check.present(body, "body");
    LifecycleAction action = oneOf(LifecycleAction.class, body.action(), "action");
    ProductDetail p = locked(id);
    ProductState state = ProductState.valueOf(p.state()).after(action);
    boolean enabled = p.enabled();
    if (action == LifecycleAction.ENABLE || action == LifecycleAction.DISABLE) {
      if (enabled == (action == LifecycleAction.ENABLE)) {
        throw ProductState.refused(action, enabled ? "enabled" : "disabled");
      }
      enabled = !enabled;
    }
    writes.lifecycle(id, version(body.version(), p), state, enabled, clock.instant());
    return Envelope.ok(reads.require(id));
  }

  @PutMapping("/shelf")
  @Operation(summary = "Shelve for ALL tenants or only the TENANTS listed")
  @Transactional
  public Envelope<ProductDetail> shelf(
      @PathVariable String id, @RequestBody(required = false) Shelf body) {
    Check.present(body, "body");
    ShelfScope scope = oneOf(ShelfScope.class, body.scope(), "scope");
    List<String> tenants = Check.ids(body.tenants(), "tenants");
    if (scope == ShelfScope.TENANTS && tenants.isEmpty())
      throw InvalidInputException.required("tenants");
    if (scope == ShelfScope.ALL && !tenants.isEmpty()) {
      throw Check.bad("tenants", "must be empty when scope is ALL");
    }
    if (tenants.size() > 1000)
      throw InvalidInputException.tooLong("tenants", 1000, "items", tenants.size());
    List<String> known =
        jdbc.queryForList(
            "select id from tenant where id = any(?)",
            String.class,
            (Object) tenants.toArray(String[]::new));
    for (int i = 0; i < tenants.size(); i++) {
      if (!known.contains(tenants.get(i))) {
        throw InvalidInputException.unknownReference(
            "tenants[" + i + "]", "tenant", tenants.get(i));
      }
    }
    ProductDetail p = locked(id);
    writes.shelf(id, version(body.version(), p), scope, tenants, clock.instant());
    return Envelope.ok(reads.require(id));
  }

  private ProductDetail locked(String id) {
    Check.id(id, "id");
    jdbc.query("select id from product where id = ? for update", (rs, i) -> 1, id);
    return reads.require(id);
  }

  private static int version(Integer given, ProductDetail p) {
    return given == null ? p.version() : given;
  }

  static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
    String v = Check.required(value, field);
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.notOneOf(field, Arrays.asList(type.getEnumConstants()), v);
    }
  }
}
