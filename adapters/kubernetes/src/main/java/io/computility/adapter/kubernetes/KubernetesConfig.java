package io.computility.adapter.kubernetes;

import io.computility.core.adapter.Backoff;
import io.computility.core.catalog.Image;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.GeoPoint;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How replicas run on one Kubernetes cluster (the connection itself is a fabric8 client, built from
 * a kubeconfig or in-cluster settings by the caller).
 *
 * @param namespace namespace the replicas' Jobs and pods are created in
 * @param scheduler {@code auto} (Volcano vcjob when its CRD is served, else batch/v1 Job), {@code
 *     batch} or {@code volcano}
 * @param volcanoQueue Volcano queue of vcjobs (null: {@code default})
 * @param containerImages container image per JC image id; an id without entry is used as is
 * @param timeLimit longest run of a replica ({@code activeDeadlineSeconds}); null: unlimited
 * @param backoff retries of calls that fail transiently (timeouts, 5xx, expired credentials)
 * @param pollInterval how often unfinished replicas are read to publish state events
 */
public record KubernetesConfig(
    String centerId,
    String name,
    String region,
    GeoPoint geometry,
    String namespace,
    String scheduler,
    String volcanoQueue,
    Map<String, String> containerImages,
    Duration timeLimit,
    Backoff backoff,
    Duration pollInterval,
    CenterProfile profile,
    List<Image> images) {

  public KubernetesConfig {
    Objects.requireNonNull(centerId, "id");
    namespace = namespace == null ? "default" : namespace;
    scheduler = scheduler == null ? "auto" : scheduler;
    if (!List.of("auto", "batch", "volcano").contains(scheduler))
      throw new IllegalArgumentException("scheduler must be auto, batch or volcano: " + scheduler);
    containerImages = containerImages == null ? Map.of() : Map.copyOf(containerImages);
    backoff = backoff == null ? Backoff.NONE : backoff;
    pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
    images = images == null ? List.of() : List.copyOf(images);
  }

  String containerImage(String imageId) {
    return containerImages.getOrDefault(imageId, imageId);
  }
}
