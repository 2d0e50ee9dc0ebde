package io.computility.server.federation.center;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A center: JC table 1 fields, its adapter type and profile (extensions), and the latest monitoring
 * snapshot (JC table 4; null until the first poll).
 */
public record CenterDto(
    @JsonProperty("ai_center_id") String aiCenterId,
    String name,
    String region,
    @Schema(description = "0 unavailable, 1 available, 2 unknown") int status,
    @Schema(description = "[longitude, latitude]") List<Double> geometry,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("adapter_type") String adapterType,
    Profile profile,
    MonitoringDto monitoring) {

  /** What the center declares about itself for scheduling (JC-6.6.1 factors). */
  public record Profile(
      @JsonProperty("security_grade") int securityGrade,
      @JsonProperty("performance_factor") double performanceFactor,
      @JsonProperty("card_model") String cardModel,
      @JsonProperty("static_power_watts") double staticPowerWatts,
      @JsonProperty("exec_power_watts") double execPowerWatts,
      @JsonProperty("price_per_spec_hour") Map<String, BigDecimal> pricePerSpecHour) {}
}
