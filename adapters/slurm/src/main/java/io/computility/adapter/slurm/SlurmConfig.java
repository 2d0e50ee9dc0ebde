package io.computility.adapter.slurm;

import io.computility.core.adapter.Backoff;
import io.computility.core.catalog.Image;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.GeoPoint;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach one Slurm cluster and how to run replicas on it.
 *
 * @param restUrl slurmrestd base URL, e.g. {@code http://slurm-head:6820}
 * @param apiVersion OpenAPI plugin version in the path, {@code v0.0.38} for Slurm 22.05
 * @param user the Slurm user jobs run as (header {@code X-SLURM-USER-NAME})
 * @param token a fixed JWT, used when no way to mint one is configured
 * @param tokenCommand shell command printing a fresh token ({@code SLURM_JWT=...} or the bare
 *     token), e.g. {@code scontrol token username=alice lifespan=3600}
 * @param jwtKeyFile the cluster's HS256 key ({@code AuthAltParameters=jwt_key=...}); tokens are
 *     then signed here
 * @param tokenLifetime how long a minted token lives; it is renewed at half of this
 * @param partition partition replicas are submitted to (null: the cluster's default)
 * @param workingDirectory job working directory on the compute nodes
 * @param outputDirectory where job stdout/stderr files go on the cluster
 * @param localOutputDirectory the same directory as mounted on this host (null: same path)
 * @param gpuType gres type of GPUs ({@code gpus_per_node: "type:n"}); null for untyped
 * @param timeLimit run time limit of each replica
 * @param requestTimeout timeout of one HTTP request
 * @param backoff retries of calls that fail transiently (timeouts, 5xx, refused tokens)
 * @param pollInterval how often running replicas' states are polled for events
 * @param overSubscribe OverSubscribe per partition, for slurmrestd versions that do not report it
 */
public record SlurmConfig(
    String centerId,
    String name,
    String region,
    GeoPoint geometry,
    URI restUrl,
    String apiVersion,
    String user,
    String token,
    String tokenCommand,
    Path jwtKeyFile,
    Duration tokenLifetime,
    String partition,
    String workingDirectory,
    String outputDirectory,
    Path localOutputDirectory,
    String gpuType,
    Duration timeLimit,
    Duration requestTimeout,
    Backoff backoff,
    Duration pollInterval,
    Map<String, String> overSubscribe,
    CenterProfile profile,
    List<Image> images) {

  public SlurmConfig {
    Objects.requireNonNull(centerId, "id");
    Objects.requireNonNull(restUrl, "restUrl");
    Objects.requireNonNull(user, "user");
    if (token == null && tokenCommand == null && jwtKeyFile == null)
      throw new IllegalArgumentException("one of token, tokenCommand, jwtKeyFile is required");
    if (backoff == null) backoff = Backoff.NONE;
    overSubscribe = overSubscribe == null ? Map.of() : Map.copyOf(overSubscribe);
    images = images == null ? List.of() : List.copyOf(images);
  }

  /** Where this host reads the log files the cluster writes. */
  Path localOutput() {
    return localOutputDirectory != null ? localOutputDirectory : Path.of(outputDirectory);
  }
}
