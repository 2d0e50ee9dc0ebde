package io.computility.core.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A dataset, JC table 6, with its copies in several centers. {@code sizeMb} is not in the table but
 * every transfer-time estimate needs it.
 */
public record Dataset(
    String dataName,
    String dataVersion,
    long sizeMb,
    String createdUser,
    List<DatasetLocation> location,
    Instant createdAt,
    Instant updatedAt) {

  public Dataset {
    location = List.copyOf(location);
  }

  public boolean storedIn(String centerId) {
    for (DatasetLocation l : location) if (l.aiCenterId().equals(centerId)) return true;
    return false;
  }
}
