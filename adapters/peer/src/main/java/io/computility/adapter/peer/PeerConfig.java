package io.computility.adapter.peer;

import io.computility.adapter.http.HttpCenterChecks;
import io.computility.adapter.http.HttpCenterConfig;
import io.computility.core.adapter.Backoff;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.GeoPoint;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One lower tier as a center of this one.
 *
 * @param centerId the id the lower tier has here (JC table 1 ai_center_id)
 * @param name display name; the lower tier's own name is used when null
 * @param region region of the lower tier
 * @param geometry where it is
 * @param profile the scheduling profile it declares here (prices, power, links ...)
 * @param url base URL of the lower server, e.g. {@code http://10.0.0.7:8080}
 * @param token bearer token sent as {@code Authorization: Bearer <token>}; null sends none
 * @param callTimeout longest wait for one HTTP answer
 * @param pollInterval how often unfinished replicas are re-read to emit state events
 * @param backoff retry of transient failures of one call
 */
public record PeerConfig(
    String centerId,
    String name,
    String region,
    GeoPoint geometry,
    CenterProfile profile,
    URI url,
    String token,
    Duration callTimeout,
    Duration pollInterval,
    Backoff backoff)
    implements HttpCenterConfig {

  public PeerConfig {
    HttpCenterChecks.requireIdRegionUrl("peer", centerId, region, url);
    Objects.requireNonNull(geometry, "geometry");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(backoff, "backoff");
  }
}
