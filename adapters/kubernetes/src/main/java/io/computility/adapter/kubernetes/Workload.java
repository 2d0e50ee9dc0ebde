package io.computility.adapter.kubernetes;

import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.job.JobStatus;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.Optional;

/** The Kubernetes object a replica runs as: a batch/v1 Job or a Volcano vcjob. */
interface Workload {

  /** {@code batch} or {@code volcano}. */
  String kind();

  void create(String name, ReplicaLaunch launch, PodTemplateSpec pod);

  /** The object's own view, or empty when it does not exist. */
  Optional<View> read(String name);

  /** Marks the object stopped and stops it from starting new pods. */
  void markStopped(String name);

  /**
   * What the workload object says.
   *
   * @param ended the end it reports, or null while it has not ended
   * @param stopped whether the federation stopped it
   */
  record View(JobStatus ended, boolean stopped, String message) {}
}
