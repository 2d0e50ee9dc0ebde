package io.computility.server.testsupport;

import io.computility.core.job.Job;
import io.computility.core.job.JobRequirements;
import io.computility.core.job.JobStatus;
import io.computility.core.job.TaskSpec;
import io.computility.server.federation.job.JobView;
import io.computility.server.federation.job.ReplicaView;
import io.computility.server.federation.job.TaskView;
import java.time.Instant;
import java.util.List;

/** Domain values the mocked services answer with. */
public final class Fixtures {

  public static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

  private Fixtures() {}

  /** Job j-1: task "train" (2 replicas, c1 and c2, running) and task "eval" (1, pending). */
  public static JobView runningJob() {
    TaskSpec train = new TaskSpec(0, "train", "python train.py", "img-1", "spec-1", 2);
    TaskSpec eval = new TaskSpec(1, "eval", "python eval.py", "img-1", "spec-1", 1);
    Job job =
        new Job(
            "j-1",
            "mnist",
            "alice",
            "demo",
            "alice",
            List.of(train, eval),
            JobRequirements.defaults(),
            T0);
    TaskView t0 =
        new TaskView(
            train,
            JobStatus.RUNNING,
            List.of(
                replica(0, 0, "c1", JobStatus.RUNNING), replica(0, 1, "c2", JobStatus.RUNNING)));
    TaskView t1 =
        new TaskView(eval, JobStatus.PENDING, List.of(replica(1, 0, null, JobStatus.PENDING)));
    return new JobView(
        job, JobStatus.RUNNING, null, null, 1, List.of(t0, t1), T0, T0.plusSeconds(2), null);
  }

  /** The same job just queued: no replica placed yet. */
  public static JobView queuedJob() {
    JobView r = runningJob();
    List<TaskView> tasks =
        r.tasks().stream()
            .map(
                t ->
                    new TaskView(
                        t.task(),
                        JobStatus.PENDING,
                        t.replicas().stream()
                            .map(
                                x ->
                                    replica(
                                        x.taskIndex(), x.replicaIndex(), null, JobStatus.PENDING))
                            .toList()))
            .toList();
    return new JobView(
        r.job(),
        JobStatus.PENDING,
        "queued",
        "waiting for a scheduling cycle",
        1,
        tasks,
        T0,
        null,
        null);
  }

  static ReplicaView replica(int task, int replica, String center, JobStatus status) {
    Instant started = status == JobStatus.RUNNING ? T0.plusSeconds(5) : null;
    return new ReplicaView(task, replica, 1, center, status, null, started, null);
  }
}
