package io.computility.core.center;

/** A center's location, JC table 1 {@code geometry} [longitude, latitude]. */
public record GeoPoint(double lon, double lat) {
  public GeoPoint {
    if (lon < -180 || lon > 180)
      throw new IllegalArgumentException("geometry longitude out of range");
    if (lat < -90 || lat > 90) throw new IllegalArgumentException("geometry latitude out of range");
  }

  /** Great-circle distance in kilometres (haversine). */
  public double distanceKm(GeoPoint o) {
    double dLat = Math.toRadians(o.lat - lat), dLon = Math.toRadians(o.lon - lon);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(o.lat))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
