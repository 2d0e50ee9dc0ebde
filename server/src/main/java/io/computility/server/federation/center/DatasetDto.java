package io.computility.server.federation.center;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A dataset, JC table 6, plus {@code size_mb} which transfer estimates need. */
public record DatasetDto(
    @JsonProperty("data_name") String dataName,
    @JsonProperty("data_version") String dataVersion,
    @JsonProperty("size_mb") Long sizeMb,
    @JsonProperty("created_user") String createdUser,
    List<Location> location,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty("created_at") Instant createdAt,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty("updated_at")
        Instant updatedAt) {

  /** One copy of the dataset, an element of table 6 {@code location}. */
  public record Location(
      @JsonProperty("dataset_url") String datasetUrl,
      @Schema(allowableValues = {"r", "rw"}) String access,
      @JsonProperty("ai_center_id") String aiCenterId,
      @Schema(description = "share of past downloads that succeeded, 0..1")
          @JsonProperty("download_state")
          Double downloadState,
      @Schema(description = "Mbit/s") @JsonProperty("download_rate_limit") Double downloadRateLimit,
      @JsonProperty("concurrency_limit") Integer concurrencyLimit,
      @JsonProperty("current_downloads") Integer currentDownloads,
      @JsonProperty("network_topology") String networkTopology,
      @Schema(description = "seconds") @JsonProperty("download_cost") Double downloadCost) {}
}
