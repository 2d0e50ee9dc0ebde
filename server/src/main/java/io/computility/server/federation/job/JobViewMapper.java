package io.computility.server.federation.job;

import io.computility.core.job.TaskSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes a {@link JobView} in the shapes of JC-A.1 and JC-A.3. */
public final class JobViewMapper {

  private JobViewMapper() {}

  public static CreateJobData toCreated(JobView v) {
    List<CreateJobData.TaskPlacement> infos = new ArrayList<>();
    for (TaskView t : v.tasks()) {
      infos.add(new CreateJobData.TaskPlacement(t.task().name(), centerIds(t)));
    }
    return new CreateJobData(v.job().id(), infos);
  }

  public static JobInfoData toInfo(JobView v) {
    List<JobInfoData.TaskInfo> infos = new ArrayList<>();
    for (TaskView t : v.tasks()) infos.add(taskInfo(t));
    return new JobInfoData(
        v.job().id(),
        v.job().name(),
        v.status().wire(),
        infos,
        v.phase(),
        v.reason(),
        v.job().desc(),
        v.job().userName(),
        v.attempt(),
        v.submittedAt(),
        v.dispatchedAt(),
        v.finishedAt());
  }

  private static JobInfoData.TaskInfo taskInfo(TaskView t) {
    TaskSpec s = t.task();
    List<String> states = new ArrayList<>();
    List<JobInfoData.ReplicaInfo> replicas = new ArrayList<>();
    for (ReplicaView r : t.replicas()) {
      states.add(r.status().wire());
      replicas.add(
          new JobInfoData.ReplicaInfo(
              r.replicaIndex(),
              r.attempt(),
              r.centerId(),
              r.status().wire(),
              r.message(),
              r.startedAt(),
              r.finishedAt()));
    }
    return new JobInfoData.TaskInfo(
        s.name(),
        s.command(),
        s.imageId(),
        s.resourceSpecId(),
        s.replicaNumber(),
        centerIds(t),
        states,
        t.status().wire(),
        replicas);
  }

  /** Distinct centers the task's replicas were placed in, in replica order. */
  static List<String> centerIds(TaskView t) {
    Set<String> ids = new LinkedHashSet<>();
    for (ReplicaView r : t.replicas()) if (r.centerId() != null) ids.add(r.centerId());
    return List.copyOf(ids);
  }
}
