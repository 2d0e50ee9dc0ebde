package io.computility.server.federation.job;

import io.computility.core.job.JobRequirements;
import java.util.List;

/** A job as submitted, already shape-checked by the API layer; the service checks references. */
public record NewJob(
    String name, String desc, String userName, List<NewTask> tasks, JobRequirements requirements) {

  /** One task as submitted (JC-A.1 table A.1-3). */
  public record NewTask(
      String name, String command, String imageId, String resourceSpecId, int replicaNumber) {}
}
