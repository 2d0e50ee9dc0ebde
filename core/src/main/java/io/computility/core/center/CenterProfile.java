package io.computility.core.center;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a center declares about itself beyond JC table 1, used by the scheduling factors of
 * JC-6.6.1: price per resource spec, static and execution power (formula 1), relative performance,
 * security grade and network links to regions.
 *
 * @param pricePerSpecHour price of one instance of a spec for one hour, by resource_spec_id
 * @param staticPowerWatts power drawn by the allocated devices while data is copied in
 * @param execPowerWatts power drawn per spec instance while the task executes
 * @param performanceFactor relative speed; a task takes {@code nominal / performanceFactor}
 * @param cardModel accelerator model of the center, a key of the card catalogue (may be null)
 */
public record CenterProfile(
    String centerId,
    Map<String, BigDecimal> pricePerSpecHour,
    double staticPowerWatts,
    double execPowerWatts,
    double performanceFactor,
    int securityGrade,
    String cardModel,
    List<NetworkLink> links) {

  public CenterProfile {
    pricePerSpecHour = Map.copyOf(pricePerSpecHour);
    links = List.copyOf(links);
    if (performanceFactor <= 0) throw new IllegalArgumentException("performanceFactor must be > 0");
    if (staticPowerWatts < 0 || execPowerWatts < 0)
      throw new IllegalArgumentException("power must be >= 0");
  }

  public NetworkLink linkTo(String region) {
    for (NetworkLink l : links) if (l.region().equals(region)) return l;
    return null;
  }
}
