package io.computility.core.adapter;

import io.computility.core.center.Center;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.GeoPoint;
import java.time.Instant;

/**
 * When an adapter's center was first seen and when its status last changed: the created_at and
 * updated_at of JC table 1, kept for adapters that probe their backend on every describe.
 */
public final class StatusHistory {
  private final Instant createdAt = Instant.now();
  private CenterStatus status = CenterStatus.AVAILABLE;
  private Instant since = createdAt;

  /** Records the status just probed and answers the center with it and its two times. */
  public synchronized Center center(
      String id, String name, String region, CenterStatus now, GeoPoint geometry) {
    if (now != status) {
      status = now;
      since = Instant.now();
    }
    return new Center(id, name, region, now, geometry, createdAt, since);
  }
}
