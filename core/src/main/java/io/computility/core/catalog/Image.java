package io.computility.core.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An image available in one center, JC table 5. */
public record Image(
    String imageId,
    String name,
    String aiCenterId,
    Map<String, String> baseOs,
    List<String> framework,
    List<String> resourceSpec,
    Instant createdAt,
    Instant updatedAt) {

  public Image {
    baseOs = Map.copyOf(baseOs);
    framework = List.copyOf(framework);
    resourceSpec = List.copyOf(resourceSpec);
  }

  /** An image with no spec list fits every spec. */
  public boolean fits(String specId) {
    return resourceSpec.isEmpty() || resourceSpec.contains(specId);
  }
}
