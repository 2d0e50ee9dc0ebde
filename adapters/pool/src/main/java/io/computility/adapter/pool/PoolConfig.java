package io.computility.adapter.pool;

import io.computility.adapter.http.HttpCenterChecks;
import io.computility.adapter.http.HttpCenterConfig;
import io.computility.core.adapter.Backoff;
import io.computility.core.catalog.Image;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.GeoPoint;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One accelerator pool (a Computility controller's {@code /api/v1/pool}) as a federation center.
 *
 * @param centerId the id the pool has here (JC table 1 ai_center_id)
 * @param name display name; the center id when null
 * @param region region of the pool
 * @param geometry where it is
 * @param profile the scheduling profile it declares here (prices, power, links ...)
 * @param url base URL of the controller, e.g. {@code http://10.0.0.7:8080}
 * @param token bearer token with pool:read and pool:write; null sends none
 * @param tenant pool tenant the replicas are submitted as (its quota applies)
 * @param images the images this pool offers: the pool runs commands, so the list is declared here
 * @param callTimeout longest wait for one HTTP answer
 * @param pollInterval how often unfinished replicas are re-read to emit state events
 * @param backoff retry of transient failures of one call
 */
public record PoolConfig(
    String centerId,
    String name,
    String region,
    GeoPoint geometry,
    CenterProfile profile,
    URI url,
    String token,
    String tenant,
    List<Image> images,
    Duration callTimeout,
    Duration pollInterval,
    Backoff backoff)
    implements HttpCenterConfig {

  public PoolConfig {
    HttpCenterChecks.requireIdRegionUrl("pool", centerId, region, url);
    if (images == null || images.isEmpty())
      throw new IllegalArgumentException("pool " + centerId + ": images must list at least one");
    images = List.copyOf(images);
    tenant = tenant == null || tenant.isBlank() ? "federation" : tenant;
    Objects.requireNonNull(geometry, "geometry");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(backoff, "backoff");
  }
}
