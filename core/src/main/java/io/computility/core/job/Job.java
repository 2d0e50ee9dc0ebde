package io.computility.core.job;

import java.time.Instant;
import java.util.List;

/** A job as the scheduler sees it (JC table 7): its tasks and requirements. */
public record Job(
    String id,
    String name,
    String userName,
    String desc,
    String createdUser,
    List<TaskSpec> tasks,
    JobRequirements requirements,
    Instant submittedAt) {

  public Job {
    tasks = List.copyOf(tasks);
  }

  public int replicaCount() {
    int n = 0;
    for (TaskSpec t : tasks) n += t.replicaNumber();
    return n;
  }
}
