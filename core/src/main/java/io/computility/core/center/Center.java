package io.computility.core.center;

import java.time.Instant;

/** A computing center, JC table 1. */
public record Center(
    String aiCenterId,
    String name,
    String region,
    CenterStatus status,
    GeoPoint geometry,
    Instant createdAt,
    Instant updatedAt) {

  public Center withStatus(CenterStatus s, Instant at) {
    return new Center(aiCenterId, name, region, s, geometry, createdAt, at);
  }
}
