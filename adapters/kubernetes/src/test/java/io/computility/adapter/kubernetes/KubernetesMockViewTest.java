package io.computility.adapter.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.resource.Resources;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Resource view, pod specs and Volcano detection, on fabric8's mock API server (CRUD mode). */
class KubernetesMockViewTest {
  private KubernetesMockServer server;
  private KubernetesClient client;

  @BeforeEach
  void start() {
    server = MockCluster.start();
    client = server.createClient();
    MockCluster.addNodes(client);
  }

  @AfterEach
  void stop() {
    client.close();
    server.destroy();
  }

  @Test
  @DisplayName(
      "NET-6.2 CMP-platform mock API server: the view sums allocatable CPUs, memory, GPUs, NPUs"
          + " and subtracts what scheduled pods request")
  void resourceViewFromAllocatable() {
    client
        .pods()
        .inNamespace("other")
        .resource(
            pod(
                "busy",
                "gpu-node",
                "Running",
                Map.of("cpu", "2", "memory", "4Gi", "nvidia.com/gpu", "1")))
        .create();
    client
        .pods()
        .inNamespace("other")
        .resource(pod("waiting", null, "Pending", Map.of("cpu", "1")))
        .create();
    client
        .pods()
        .inNamespace("other")
        .resource(pod("done", "gpu-node", "Succeeded", Map.of("nvidia.com/gpu", "2")))
        .create();
    KubernetesCenter k8s = new KubernetesCenter(client, MockCluster.config("k8s-view", "batch"));
    try {
      MonitoringSnapshot s = k8s.snapshot();
      assertThat(s.total()).isEqualTo(new Resources(24, 4, 8, 0, 98304, 100, 0));
      assertThat(s.used()).isEqualTo(new Resources(2, 1, 0, 0, 4096, 0, 0));
      assertThat(s.free().gpu()).isEqualTo(3);
      assertThat(s.free().npu()).as("huawei.com/Ascend910").isEqualTo(8);
      assertThat(s.runningTaskNum()).isEqualTo(1);
      assertThat(s.waitingTaskNum()).isEqualTo(1);
    } finally {
      k8s.close();
    }
  }

  @Test
  @DisplayName(
      "NET-6.2 POOL mock API server: HAMi's nvidia.com/gpumem and gpucores are reported per"
          + " resource, allocatable and requested")
  void hamiResources() {
    client
        .pods()
        .inNamespace("other")
        .resource(
            pod(
                "vgpu",
                "gpu-node",
                "Running",
                Map.of(
                    "nvidia.com/gpu",
                    "1",
                    "nvidia.com/gpumem",
                    "8000",
                    "nvidia.com/gpucores",
                    "30")))
        .create();
    KubernetesCenter k8s = new KubernetesCenter(client, MockCluster.config("k8s-hami", "batch"));
    try {
      var acc = k8s.accelerators();
      assertThat(acc)
          .contains(
              new KubernetesResourceView.AcceleratorUse(
                  "nvidia.com/gpumem", new BigDecimal("81920"), new BigDecimal("8000")),
              new KubernetesResourceView.AcceleratorUse(
                  "nvidia.com/gpucores", new BigDecimal("400"), new BigDecimal("30")),
              new KubernetesResourceView.AcceleratorUse(
                  "huawei.com/Ascend910", new BigDecimal("8"), BigDecimal.ZERO));
    } finally {
      k8s.close();
    }
  }

  @Test
  @DisplayName(
      "JC-6.4 mock API server: a replica becomes a batch/v1 Job whose pod asks for its spec"
          + " (GPU and NPU as extended resources), no restarts, the image mapped")
  void batchJobSpec() {
    KubernetesCenter k8s = new KubernetesCenter(client, MockCluster.config("k8s-spec", "auto"));
    try {
      ReplicaKey key = new ReplicaKey("Job_ABC", 1, 0, 2);
      k8s.submit(
          new ReplicaLaunch(
              key,
              "train",
              "python train.py",
              MockCluster.IMAGE,
              "gpu-2",
              new Resources(4, 2, 1, 0, 8192, 0, 0),
              Map.of("EPOCHS", "3")));
      assertThat(k8s.workloadKind()).isEqualTo("batch");
      Job job =
          client
              .batch()
              .v1()
              .jobs()
              .inNamespace(MockCluster.NAMESPACE)
              .withName("jc-job-abc-1-0-2")
              .get();
      assertThat(job).isNotNull();
      assertThat(job.getMetadata().getAnnotations())
          .containsEntry(ReplicaNames.KEY_ANNOTATION, "Job_ABC/1/0/2");
      assertThat(job.getSpec().getBackoffLimit()).isZero();
      var pod = job.getSpec().getTemplate().getSpec();
      assertThat(pod.getRestartPolicy()).isEqualTo("Never");
      var ctr = pod.getContainers().get(0);
      assertThat(ctr.getImage()).isEqualTo("busybox:1.36");
      assertThat(ctr.getCommand()).containsExactly("/bin/sh", "-c", "python train.py");
      assertThat(ctr.getResources().getRequests())
          .containsEntry("cpu", new Quantity("4"))
          .containsEntry("memory", new Quantity("8192Mi"))
          .containsEntry("nvidia.com/gpu", new Quantity("2"))
          .containsEntry("huawei.com/Ascend910", new Quantity("1"));
      assertThat(ctr.getResources().getLimits()).containsEntry("nvidia.com/gpu", new Quantity("2"));
      assertThat(ctr.getEnv()).anySatisfy(e -> assertThat(e.getName()).isEqualTo("EPOCHS"));
      assertThat(k8s.status(key)).get().extracting(s -> s.status().wire()).isEqualTo("pending");
    } finally {
      k8s.close();
    }
  }

  @Test
  @DisplayName(
      "JC-6.4 NET-6.2 mock API server: where the Volcano vcjob CRD is installed (API discovery), a"
          + " replica becomes a Volcano vcjob in the queue")
  void volcanoWhenServed() {
    // Installing Volcano installs its CRD; the mock server then serves it in API discovery.
    client
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .resource(
            new CustomResourceDefinitionBuilder()
                .withNewMetadata()
                .withName("jobs.batch.volcano.sh")
                .endMetadata()
                .withNewSpec()
                .withGroup("batch.volcano.sh")
                .withScope("Namespaced")
                .withNewNames()
                .withKind("Job")
                .withPlural("jobs")
                .withSingular("job")
                .withShortNames("vcjob", "vj")
                .endNames()
                .addNewVersion()
                .withName("v1alpha1")
                .withServed(true)
                .withStorage(true)
                .endVersion()
                .endSpec()
                .build())
        .create();
    KubernetesCenter k8s = new KubernetesCenter(client, MockCluster.config("k8s-volcano", "auto"));
    try {
      ReplicaKey key = new ReplicaKey("vc1", 0, 0, 1);
      k8s.submit(
          new ReplicaLaunch(
              key,
              "t",
              "echo hi",
              MockCluster.IMAGE,
              "gpu-1",
              new Resources(1, 1, 0, 0, 512, 0, 0),
              Map.of()));
      assertThat(k8s.workloadKind()).isEqualTo("volcano");
      GenericKubernetesResource vc =
          client
              .genericKubernetesResources("batch.volcano.sh/v1alpha1", "Job")
              .inNamespace(MockCluster.NAMESPACE)
              .withName("jc-vc1-0-0-1")
              .get();
      assertThat(vc).isNotNull();
      assertThat((String) vc.get("spec", "schedulerName")).isEqualTo("volcano");
      assertThat((String) vc.get("spec", "queue")).isEqualTo("default");
      List<Map<String, Object>> tasks = vc.get("spec", "tasks");
      assertThat(tasks).hasSize(1);
      assertThat(tasks.get(0).toString()).contains("nvidia.com/gpu").contains("busybox:1.36");
      assertThat(client.batch().v1().jobs().inNamespace(MockCluster.NAMESPACE).list().getItems())
          .isEmpty();
      // A vcjob that Volcano reports completed ends the replica.
      vc.setAdditionalProperty("status", Map.of("state", Map.of("phase", "Completed")));
      client
          .genericKubernetesResources("batch.volcano.sh/v1alpha1", "Job")
          .inNamespace(MockCluster.NAMESPACE)
          .resource(vc)
          .update();
      assertThat(k8s.status(key)).get().extracting(s -> s.status().wire()).isEqualTo("completed");
    } finally {
      k8s.close();
    }
  }

  private static Pod pod(String name, String node, String phase, Map<String, String> requests) {
    Map<String, Quantity> q = new java.util.HashMap<>();
    requests.forEach((k, v) -> q.put(k, new Quantity(v)));
    return new PodBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withNewSpec()
        .withNodeName(node)
        .addNewContainer()
        .withName("c")
        .withImage("x")
        .withNewResources()
        .withRequests(q)
        .endResources()
        .endContainer()
        .endSpec()
        .withNewStatus()
        .withPhase(phase)
        .endStatus()
        .build();
  }
}
