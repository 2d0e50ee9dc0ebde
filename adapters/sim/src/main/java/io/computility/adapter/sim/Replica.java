package io.computility.adapter.sim;

import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.job.JobStatus;
import io.computility.core.resource.Resources;
import java.time.Instant;
import java.util.concurrent.Future;

/** One replica in a simulated center; mutated only under the engine's lock. */
final class Replica {
  final ReplicaLaunch launch;
  final String externalId;
  final RunPlan plan;
  final Instant submittedAt;
  final ReplicaLog log;
  JobStatus status = JobStatus.PENDING;
  String message = "pending";
  Instant startedAt;
  Instant finishedAt;
  long runWallMs;
  Future<?> timer;

  Replica(
      ReplicaLaunch launch, String externalId, RunPlan plan, Instant submittedAt, ReplicaLog log) {
    this.launch = launch;
    this.externalId = externalId;
    this.plan = plan;
    this.submittedAt = submittedAt;
    this.log = log;
  }

  ReplicaKey key() {
    return launch.key();
  }

  Resources resources() {
    return launch.resources();
  }

  ReplicaState state() {
    return new ReplicaState(key(), externalId, status, message, startedAt, finishedAt);
  }

  void cancelTimer() {
    if (timer != null) timer.cancel(false);
    timer = null;
  }
}
