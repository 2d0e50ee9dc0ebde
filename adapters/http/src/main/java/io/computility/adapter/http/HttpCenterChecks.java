package io.computility.adapter.http;

import java.net.URI;
import java.util.Objects;

/** The checks every configuration of a center reached over HTTP makes first. */
public final class HttpCenterChecks {
  private HttpCenterChecks() {}

  /**
   * Fails with a message naming the field when the id or region is blank or {@code url} is not
   * http(s).
   *
   * @param kind how the messages name the entry, e.g. {@code "peer"} or {@code "pool"}
   */
  public static void requireIdRegionUrl(String kind, String centerId, String region, URI url) {
    if (centerId == null || centerId.isBlank())
      throw new IllegalArgumentException(kind + ".id is required");
    if (region == null || region.isBlank())
      throw new IllegalArgumentException(kind + " " + centerId + ": region is required");
    Objects.requireNonNull(url, kind + " " + centerId + ": url is required");
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()))
      throw new IllegalArgumentException(
          kind + " " + centerId + ": url must be http(s), was " + url);
  }
}
