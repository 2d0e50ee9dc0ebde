package io.computility.core.catalog;

import io.computility.core.resource.Resources;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A resource spec, JC table 3: the unit in which users ask for compute. {@code resourceQuantity}
 * keeps the user's notation; {@code resources} is its parsed form.
 */
public record ResourceSpec(
    String resourceSpecId,
    String resourceSpecName,
    Map<String, String> resourceQuantity,
    Resources resources,
    String serviceType,
    BigDecimal price,
    List<String> computingCenterList,
    Instant createdAt,
    Instant updatedAt) {

  public ResourceSpec {
    resourceQuantity = Map.copyOf(resourceQuantity);
    computingCenterList = List.copyOf(computingCenterList);
  }

  public boolean offeredBy(String centerId) {
    return computingCenterList.isEmpty() || computingCenterList.contains(centerId);
  }
}
