package io.computility.adapter.kubernetes;

import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.job.JobStatus;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A replica as a Volcano vcjob ({@code batch.volcano.sh/v1alpha1 Job}): one task of one pod in the
 * configured queue, gang of one, aborted on pod failure. Stopping creates Volcano's {@code
 * AbortJob} command.
 */
final class VolcanoJobWorkload implements Workload {
  static final String API_VERSION = "batch.volcano.sh/v1alpha1";
  private final KubernetesClient client;
  private final KubernetesConfig config;

  VolcanoJobWorkload(KubernetesClient client, KubernetesConfig config) {
    this.client = client;
    this.config = config;
  }

  @Override
  public String kind() {
    return "volcano";
  }

  private MixedOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      jobs() {
    return client.genericKubernetesResources(API_VERSION, "Job");
  }

  @Override
  public void create(String name, ReplicaLaunch launch, PodTemplateSpec pod) {
    @SuppressWarnings("unchecked")
    Map<String, Object> template = client.getKubernetesSerialization().convertValue(pod, Map.class);
    Map<String, Object> spec =
        Map.of(
            "schedulerName",
            "volcano",
            "queue",
            config.volcanoQueue() == null ? "default" : config.volcanoQueue(),
            "minAvailable",
            1,
            "maxRetry",
            1,
            "policies",
            List.of(
                Map.of("event", "PodFailed", "action", "AbortJob"),
                Map.of("event", "PodEvicted", "action", "AbortJob")),
            "tasks",
            List.of(Map.of("name", "main", "replicas", 1, "template", template)));
    GenericKubernetesResource vcjob =
        new GenericKubernetesResourceBuilder()
            .withApiVersion(API_VERSION)
            .withKind("Job")
            .withNewMetadata()
            .withName(name)
            .withNamespace(config.namespace())
            .addToLabels(ReplicaNames.LABEL, name)
            .addToAnnotations(ReplicaNames.KEY_ANNOTATION, launch.key().asString())
            .endMetadata()
            .withAdditionalProperties(Map.of("spec", spec))
            .build();
    jobs().inNamespace(config.namespace()).resource(vcjob).create();
  }

  @Override
  public Optional<View> read(String name) {
    GenericKubernetesResource j = jobs().inNamespace(config.namespace()).withName(name).get();
    if (j == null) return Optional.empty();
    Map<String, String> ann = j.getMetadata().getAnnotations();
    boolean stopped = ann != null && "true".equals(ann.get(ReplicaNames.STOPPED_ANNOTATION));
    String phase = j.get("status", "state", "phase");
    JobStatus ended =
        switch (phase == null ? "" : phase) {
          case "Completed" -> JobStatus.COMPLETED;
          case "Failed", "Aborted", "Terminated" -> JobStatus.FAILED;
          default -> null;
        };
    return Optional.of(new View(ended, stopped, "vcjob phase " + phase));
  }

  @Override
  public void markStopped(String name) {
    jobs()
        .inNamespace(config.namespace())
        .withName(name)
        .edit(
            j -> {
              j.getMetadata().getAnnotations().put(ReplicaNames.STOPPED_ANNOTATION, "true");
              return j;
            });
    GenericKubernetesResource abort =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("bus.volcano.sh/v1alpha1")
            .withKind("Command")
            .withNewMetadata()
            .withGenerateName(name + "-abort-")
            .withNamespace(config.namespace())
            .endMetadata()
            .withAdditionalProperties(
                Map.of(
                    "action",
                    "AbortJob",
                    "target",
                    Map.of("apiVersion", API_VERSION, "kind", "Job", "name", name)))
            .build();
    client
        .genericKubernetesResources("bus.volcano.sh/v1alpha1", "Command")
        .inNamespace(config.namespace())
        .resource(abort)
        .create();
  }
}
