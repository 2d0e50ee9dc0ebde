package io.computility.server.federation.scheduling;

import io.computility.core.adapter.ReplicaKey;
import io.computility.server.federation.job.JobStateStore;
import io.computility.server.federation.job.ReplicaStore;
import io.computility.server.shared.jdbc.AsyncCommit;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one dispatch round's acknowledgements in a single asynchronously committed transaction.
 */
@Repository
public class DispatchLedger {
  private final ReplicaStore replicas;
  private final JobStateStore jobs;
  private final AsyncCommit async;

  public DispatchLedger(ReplicaStore replicas, JobStateStore jobs, AsyncCommit async) {
    this.replicas = replicas;
    this.jobs = jobs;
    this.async = async;
  }

  /** Returns the keys whose replicas were stopped or retried meanwhile. */
  @Transactional
  public List<ReplicaKey> acknowledge(
      List<ReplicaKey> keys, Collection<String> jobIds, Instant now) {
    async.enable();
    List<ReplicaKey> stale = replicas.markDispatched(keys);
    jobs.markDispatchedIfComplete(jobIds, now);
    return stale;
  }
}
