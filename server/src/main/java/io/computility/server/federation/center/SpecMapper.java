package io.computility.server.federation.center;

import io.computility.core.catalog.ResourceSpec;
import io.computility.core.resource.ResourceQuantity;
import io.computility.core.resource.Resources;
import io.computility.server.shared.web.Check;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** Resource specs (JC table 3) between wire and domain, checking the wire form. */
public final class SpecMapper {

  /** The column is numeric(18, 4). */
  static final BigDecimal MAX_PRICE = new BigDecimal("99999999999999.9999");

  private SpecMapper() {}

  public static SpecDto toDto(ResourceSpec s) {
    return new SpecDto(
        s.resourceSpecId(),
        s.resourceSpecName(),
        s.resourceQuantity(),
        s.serviceType(),
        s.price(),
        s.computingCenterList(),
        s.createdAt(),
        s.updatedAt());
  }

  /** The spec a request describes; {@code id} is the path id on update, else null. */
  public static ResourceSpec toDomain(SpecDto d, String id, Instant createdAt, Instant now) {
    Check.present(d, "body");
    String specId =
        id == null
            ? Check.id(d.resourceSpecId(), "resource_spec_id")
            : Check.samePathId(d.resourceSpecId(), id, "resource_spec_id");
    String name = Check.id(d.resourceSpecName(), "resource_spec_name");
    Map<String, String> quantity = Check.present(d.resourceQuantity(), "resource_quantity");
    if (quantity.isEmpty()) throw Check.bad("resource_quantity", "must name at least one resource");
    Resources resources;
    try {
      resources = ResourceQuantity.parse(quantity);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw Check.bad("resource_quantity", e.getMessage());
    }
    BigDecimal price = d.price() == null ? BigDecimal.ZERO : d.price();
    if (price.signum() < 0) throw Check.bad("price", "must be >= 0, was " + price);
    if (price.compareTo(MAX_PRICE) > 0) throw Check.bad("price", "must be at most " + MAX_PRICE);
    return new ResourceSpec(
        specId,
        name,
        quantity,
        resources,
        // The column is not null: a spec without a service type must be a 400, not a 500.
        Check.belowBytes(
            Check.required(d.serviceType(), "service_type"), "service_type", Check.ID_BYTES),
        price,
        Check.ids(d.computingCenterList(), "computing_center_list"),
        createdAt,
        now);
  }
}
