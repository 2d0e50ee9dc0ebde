package io.computility.adapter.sim;

import io.computility.core.center.CenterProfile;
import io.computility.core.center.GeoPoint;
import io.computility.core.center.NetworkLink;
import io.computility.core.resource.Resources;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Everything a simulated center is: JC table 1 identity, its capacity, the scheduling profile it
 * declares, its images and how it runs replicas. Validated on construction; messages name the
 * field.
 *
 * @param pricePerSpecHour price of one spec instance for one hour, by {@code resource_spec_id}
 * @param performanceFactor relative speed: {@code sleep N} runs {@code N / performanceFactor} s
 * @param defaultDuration how long a command without {@code sleep}/{@code exit} runs
 * @param startDelay time between submit and joining the center's queue (image pull, scheduling)
 */
public record SimCenterConfig(
    String id,
    String name,
    String region,
    GeoPoint geometry,
    Resources capacity,
    Map<String, BigDecimal> pricePerSpecHour,
    double staticPowerWatts,
    double execPowerWatts,
    double performanceFactor,
    int securityGrade,
    String cardModel,
    List<NetworkLink> links,
    List<SimImage> images,
    Duration defaultDuration,
    FailureInjection failure,
    Duration startDelay) {

  public SimCenterConfig {
    require(id, "id");
    require(name, "name");
    if (name.getBytes(StandardCharsets.UTF_8).length >= 64) {
      throw new IllegalArgumentException("SimCenterConfig.name must be under 64 bytes: " + name);
    }
    require(region, "region");
    notNull(geometry, "geometry");
    notNull(capacity, "capacity");
    notNull(pricePerSpecHour, "pricePerSpecHour");
    pricePerSpecHour.forEach(
        (spec, price) -> {
          if (price == null || price.signum() < 0) {
            throw new IllegalArgumentException(
                "SimCenterConfig.pricePerSpecHour[" + spec + "] must be >= 0, was " + price);
          }
        });
    pricePerSpecHour = Map.copyOf(pricePerSpecHour);
    if (!(staticPowerWatts >= 0)) fail("staticPowerWatts must be >= 0, was " + staticPowerWatts);
    if (!(execPowerWatts >= 0)) fail("execPowerWatts must be >= 0, was " + execPowerWatts);
    if (!(performanceFactor > 0) || Double.isInfinite(performanceFactor)) {
      fail("performanceFactor must be a positive number, was " + performanceFactor);
    }
    if (securityGrade < 0) fail("securityGrade must be >= 0, was " + securityGrade);
    links = List.copyOf(notNull(links, "links"));
    images = List.copyOf(notNull(images, "images"));
    var ids = new HashSet<String>();
    for (SimImage i : images) if (!ids.add(i.id())) fail("images has duplicate id " + i.id());
    nonNegative(defaultDuration, "defaultDuration");
    notNull(failure, "failure");
    nonNegative(startDelay, "startDelay");
  }

  /** A center with sensible defaults: performance 1, grade 1, 60 s runs, no delay or failures. */
  public static SimCenterConfig of(String id, String region, Resources capacity, SimImage... img) {
    return new SimCenterConfig(
        id,
        id,
        region,
        new GeoPoint(116.4, 39.9),
        capacity,
        Map.of(),
        0,
        0,
        1.0,
        1,
        null,
        List.of(),
        List.of(img),
        Duration.ofSeconds(60),
        FailureInjection.NONE,
        Duration.ZERO);
  }

  public SimCenterConfig withPerformanceFactor(double factor) {
    return with(factor, failure, defaultDuration, startDelay);
  }

  public SimCenterConfig withFailure(FailureInjection f) {
    return with(performanceFactor, f, defaultDuration, startDelay);
  }

  public SimCenterConfig withTiming(Duration defaultRun, Duration delay) {
    return with(performanceFactor, failure, defaultRun, delay);
  }

  private SimCenterConfig with(
      double factor, FailureInjection f, Duration defaultRun, Duration delay) {
    return new SimCenterConfig(
        id,
        name,
        region,
        geometry,
        capacity,
        pricePerSpecHour,
        staticPowerWatts,
        execPowerWatts,
        factor,
        securityGrade,
        cardModel,
        links,
        images,
        defaultRun,
        f,
        delay);
  }

  /** The profile this center declares for scheduling (JC-6.6.1 factors). */
  public CenterProfile profile() {
    return new CenterProfile(
        id,
        pricePerSpecHour,
        staticPowerWatts,
        execPowerWatts,
        performanceFactor,
        securityGrade,
        cardModel,
        links);
  }

  private static void require(String v, String field) {
    if (v == null || v.isBlank()) fail(field + " is required");
  }

  private static <T> T notNull(T v, String field) {
    if (v == null) fail(field + " is required");
    return v;
  }

  private static void nonNegative(Duration d, String field) {
    if (notNull(d, field).isNegative()) fail(field + " must not be negative, was " + d);
  }

  private static void fail(String message) {
    throw new IllegalArgumentException("SimCenterConfig." + message);
  }
}
