package io.computility.server.federation.center;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The editable topology file (YAML): simulated centers, resource specs and datasets. Durations are
 * strings such as "30s" or "500ms". Unknown keys are errors, so typos do not pass silently.
 *
 * @param timeScale wall-clock time per simulated second of every sim center (1: real time)
 */
public record TopologyFile(
    Double timeScale,
    List<CenterEntry> centers,
    List<SpecEntry> specs,
    List<DatasetEntry> datasets) {

  /**
   * One center. {@code type} is {@code sim} (default: an in-memory center; {@code capacity} uses
   * resource_quantity notation, e.g. memory "2048Gi") or {@code peer} (a lower Computility tier at
   * {@code url}, authenticated with the bearer {@code token}; capacity and images come from it) or
   * {@code slurm} (a Slurm cluster's slurmrestd at {@code url}; {@code token} is a fixed JWT,
   * settings under {@code slurm}; capacity comes from its nodes, images are declared here) or
   * {@code kubernetes} (a cluster's API server; {@code url} and {@code token} optionally override
   * the kubeconfig's; settings under {@code kubernetes}) or {@code pool} (a Computility accelerator
   * pool's controller at {@code url} with the bearer {@code token}; replicas run as pool tasks of
   * {@code tenant}; capacity comes from its cards, images are declared here).
   */
  public record CenterEntry(
      String type,
      String url,
      String token,
      String tenant,
      String id,
      String name,
      String region,
      List<Double> geometry,
      Map<String, String> capacity,
      String cardModel,
      Map<String, BigDecimal> prices,
      Double staticPowerWatts,
      Double execPowerWatts,
      Double performanceFactor,
      Integer securityGrade,
      List<LinkEntry> links,
      List<ImageEntry> images,
      String defaultDuration,
      String startDelay,
      FailureEntry failure,
      SlurmEntry slurm,
      KubernetesEntry kubernetes) {}

  /**
   * Settings of a {@code type: kubernetes} center (see docs/adapters.md). {@code containerImages}
   * maps JC image ids to container images; {@code scheduler} is auto, batch or volcano.
   */
  public record KubernetesEntry(
      String kubeconfig,
      String context,
      String namespace,
      String scheduler,
      String volcanoQueue,
      Map<String, String> containerImages,
      String timeLimit) {}

  /**
   * Settings of a {@code type: slurm} center (see docs/adapters.md). Durations are strings such as
   * "1h". One of {@code jwtKeyFile}, {@code tokenCommand} or the entry's {@code token} is needed.
   */
  public record SlurmEntry(
      String user,
      String apiVersion,
      String jwtKeyFile,
      String tokenCommand,
      String tokenLifetime,
      String partition,
      String workingDirectory,
      String outputDirectory,
      String localOutputDirectory,
      String gpuType,
      String timeLimit,
      Map<String, String> overSubscribe) {}

  public record LinkEntry(
      String region, double latencyMs, double bandwidthMbps, double jitterMs, double lossRate) {}

  public record ImageEntry(
      String id, String name, List<String> framework, Map<String, String> baseOs) {}

  public record FailureEntry(double probability, long seed, String failCommandsMatching) {}

  /** JC table 3. */
  public record SpecEntry(
      @JsonProperty("resource_spec_id") String id,
      @JsonProperty("resource_spec_name") String name,
      @JsonProperty("resource_quantity") Map<String, String> quantity,
      @JsonProperty("service_type") String serviceType,
      BigDecimal price,
      @JsonProperty("computing_center_list") List<String> centers) {}

  /** JC table 6. */
  public record DatasetEntry(
      @JsonProperty("data_name") String name,
      @JsonProperty("data_version") String version,
      @JsonProperty("size_mb") long sizeMb,
      @JsonProperty("created_user") String createdUser,
      List<LocationEntry> location) {}

  public record LocationEntry(
      @JsonProperty("dataset_url") String url,
      String access,
      @JsonProperty("ai_center_id") String centerId,
      @JsonProperty("download_success_rate") double successRate,
      @JsonProperty("download_rate_limit") double rateLimitMbps,
      @JsonProperty("concurrency_limit") int concurrencyLimit,
      @JsonProperty("current_downloads") int currentDownloads,
      @JsonProperty("network_topology") String networkTopology,
      @JsonProperty("download_cost") double downloadCostSeconds) {}
}
