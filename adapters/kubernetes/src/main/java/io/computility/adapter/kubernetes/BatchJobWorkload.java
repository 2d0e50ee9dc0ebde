package io.computility.adapter.kubernetes;

import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.job.JobStatus;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.Optional;

/** A replica as a batch/v1 Job: one pod, no restarts, no retries (the federation retries). */
final class BatchJobWorkload implements Workload {
  private final KubernetesClient client;
  private final KubernetesConfig config;

  BatchJobWorkload(KubernetesClient client, KubernetesConfig config) {
    this.client = client;
    this.config = config;
  }

  @Override
  public String kind() {
    return "batch";
  }

  @Override
  public void create(String name, ReplicaLaunch launch, PodTemplateSpec pod) {
    Job job =
        new JobBuilder()
            .withNewMetadata()
            .withName(name)
            .addToLabels(ReplicaNames.LABEL, name)
            .addToAnnotations(ReplicaNames.KEY_ANNOTATION, launch.key().asString())
            .endMetadata()
            .withNewSpec()
            .withBackoffLimit(0)
            .withActiveDeadlineSeconds(
                config.timeLimit() == null ? null : config.timeLimit().toSeconds())
            .withTemplate(pod)
            .endSpec()
            .build();
    client.batch().v1().jobs().inNamespace(config.namespace()).resource(job).create();
  }

  @Override
  public Optional<View> read(String name) {
    Job j = client.batch().v1().jobs().inNamespace(config.namespace()).withName(name).get();
    if (j == null) return Optional.empty();
    Map<String, String> ann = j.getMetadata().getAnnotations();
    boolean stopped = ann != null && "true".equals(ann.get(ReplicaNames.STOPPED_ANNOTATION));
    var s = j.getStatus();
    if (s == null) return Optional.of(new View(null, stopped, "job created"));
    if (s.getSucceeded() != null && s.getSucceeded() > 0)
      return Optional.of(new View(JobStatus.COMPLETED, stopped, "job succeeded"));
    String failure = null;
    if (s.getConditions() != null) {
      for (JobCondition c : s.getConditions()) {
        if ("Failed".equals(c.getType()) && "True".equals(c.getStatus())) {
          failure = c.getReason() + (c.getMessage() == null ? "" : ": " + c.getMessage());
        }
      }
    }
    if (failure == null && s.getFailed() != null && s.getFailed() > 0) failure = "pod failed";
    if (failure != null) return Optional.of(new View(JobStatus.FAILED, stopped, failure));
    return Optional.of(new View(null, stopped, "job active=" + s.getActive()));
  }

  @Override
  public void markStopped(String name) {
    client
        .batch()
        .v1()
        .jobs()
        .inNamespace(config.namespace())
        .withName(name)
        .edit(
            j ->
                new JobBuilder(j)
                    .editMetadata()
                    .addToAnnotations(ReplicaNames.STOPPED_ANNOTATION, "true")
                    .endMetadata()
                    .editSpec()
                    .withSuspend(true)
                    .endSpec()
                    .build());
  }
}
