package io.computility.server.testsupport;

import io.computility.adapter.peer.PeerConfig;
import io.computility.core.adapter.Backoff;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.GeoPoint;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A lower tier's configuration for tests: region north, Beijing, free and of security grade 3, no
 * token, 2 s calls, 200 ms polling, three tries 100 to 400 ms apart; set what a test is about.
 */
public final class PeerConfigBuilder {
  private final String id;
  private final String url;
  private int securityGrade = 3;
  private String token;
  private Duration callTimeout = Duration.ofSeconds(2);
  private Duration pollInterval = Duration.ofMillis(200);
  private Backoff backoff = new Backoff(3, Duration.ofMillis(100), Duration.ofMillis(400));

  private PeerConfigBuilder(String id, String url) {
    this.id = id;
    this.url = url;
  }

  public static PeerConfigBuilder peer(String id, String url) {
    return new PeerConfigBuilder(id, url);
  }

  public PeerConfigBuilder securityGrade(int grade) {
    this.securityGrade = grade;
    return this;
  }

  public PeerConfigBuilder token(String token) {
    this.token = token;
    return this;
  }

  public PeerConfigBuilder callTimeout(Duration timeout) {
    this.callTimeout = timeout;
    return this;
  }

  public PeerConfigBuilder pollInterval(Duration interval) {
    this.pollInterval = interval;
    return this;
  }

  /** {@code attempts} calls in all, waits from {@code initialMs} growing to {@code maxMs}. */
  public PeerConfigBuilder backoff(int attempts, long initialMs, long maxMs) {
    this.backoff = new Backoff(attempts, Duration.ofMillis(initialMs), Duration.ofMillis(maxMs));
    return this;
  }

  public PeerConfig build() {
    return new PeerConfig(
        id,
        null,
        "north",
        new GeoPoint(116.4, 39.9),
        new CenterProfile(id, Map.of(), 0, 0, 1.0, securityGrade, null, List.of()),
        URI.create(url),
        token,
        callTimeout,
        pollInterval,
        backoff);
  }
}
