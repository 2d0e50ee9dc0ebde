package io.computility.adapter.http;

import io.computility.core.adapter.Backoff;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.GeoPoint;
import java.net.URI;
import java.time.Duration;

/** What {@link PolledHttpCenter} needs of a center's configuration. */
public interface HttpCenterConfig {
  String centerId();

  /** Display name; null when the center names itself. */
  String name();

  String region();

  GeoPoint geometry();

  CenterProfile profile();

  URI url();

  /** Bearer token; null sends none. */
  String token();

  Duration callTimeout();

  Duration pollInterval();

  Backoff backoff();
}
