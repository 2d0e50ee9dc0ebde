package io.computility.adapter.kubernetes;

import io.computility.core.adapter.Backoff;
import io.computility.core.catalog.Image;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.GeoPoint;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** fabric8's mock API server in CRUD mode with two nodes, and the adapter's settings for it. */
final class MockCluster {
  static final String NAMESPACE = "computility";
  static final String IMAGE = "busybox-shell";

  private MockCluster() {}

  static KubernetesMockServer start() {
    KubernetesMockServer server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            false);
    server.init();
    return server;
  }

  /** A client for {@code url} that leaves retries to the adapter. */
  static KubernetesClient client(String url) {
    Config c =
        new ConfigBuilder(Config.empty())
            .withMasterUrl(url)
            .withNamespace(NAMESPACE)
            .withTrustCerts(true)
            .withRequestRetryBackoffLimit(0)
            .withConnectionTimeout(1000)
            .withRequestTimeout(3000)
            .build();
    return new KubernetesClientBuilder().withConfig(c).build();
  }

  /** A GPU node with HAMi's virtual GPU resources, and an Ascend NPU node. */
  static void addNodes(KubernetesClient client) {
    client
        .nodes()
        .resource(
            node(
                "gpu-node",
                Map.of(
                    "cpu",
                    "16",
                    "memory",
                    "64Gi",
                    "ephemeral-storage",
                    "100Gi",
                    "nvidia.com/gpu",
                    "4",
                    "nvidia.com/gpumem",
                    "81920",
                    "nvidia.com/gpucores",
                    "400")))
        .create();
    client
        .nodes()
        .resource(
            node("npu-node", Map.of("cpu", "8", "memory", "32Gi", "huawei.com/Ascend910", "8")))
        .create();
  }

  private static Node node(String name, Map<String, String> allocatable) {
    Map<String, Quantity> q = new HashMap<>();
    allocatable.forEach((k, v) -> q.put(k, new Quantity(v)));
    return new NodeBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withNewStatus()
        .withAllocatable(q)
        .withCapacity(q)
        .addNewCondition()
        .withType("Ready")
        .withStatus("True")
        .endCondition()
        .endStatus()
        .build();
  }

  static KubernetesConfig config(String centerId, String scheduler) {
    return new KubernetesConfig(
        centerId,
        "Kubernetes " + centerId,
        "cloud-east",
        new GeoPoint(121.5, 31.2),
        NAMESPACE,
        scheduler,
        null,
        Map.of(IMAGE, "busybox:1.36"),
        Duration.ofHours(1),
        new Backoff(3, Duration.ofMillis(100), Duration.ofMillis(400)),
        Duration.ofMillis(200),
        new CenterProfile(centerId, Map.of(), 0, 0, 1.0, 1, null, List.of()),
        List.of(
            new Image(
                IMAGE,
                "busybox shell",
                centerId,
                Map.of(),
                List.of(),
                List.of(),
                Instant.EPOCH,
                Instant.EPOCH)));
  }
}
