package io.computility.adapter.sim;

import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.job.JobStatus;
import java.time.Instant;

/** What a journal says about one replica after replay: its submit, and its start and end if any. */
final class JournalRecord {
  final ReplicaLaunch launch;
  final String externalId;
  final Instant submittedAt;
  final RunPlan plan;
  Instant startedAt;
  long runWallMs;
  JobStatus endStatus;
  Instant finishedAt;
  String message;

  JournalRecord(ReplicaLaunch launch, String externalId, Instant submittedAt, RunPlan plan) {
    this.launch = launch;
    this.externalId = externalId;
    this.submittedAt = submittedAt;
    this.plan = plan;
  }

  boolean ended() {
    return endStatus != null;
  }

  boolean started() {
    return startedAt != null;
  }
}
