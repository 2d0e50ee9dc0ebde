package io.computility.server.federation.job;

import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.job.JobStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Job-level transitions: running, finished, stopped, retried, dispatched. */
@Repository
public class JobStateStore {
  private final JdbcTemplate jdbc;

  public JobStateStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Moves a job that has not ended to {@code status}; terminal states also close it. */
  public boolean transition(String jobId, JobStatus status, String reason, Instant now) {
    return jdbc.update(
            "update job set status = ?, reason = coalesce(?, reason), finished_at = ?, phase ="
                + " case when ? then 'DONE' else phase end, updated_at = ? where id = ? and status"
                + " not in ('COMPLETED', 'FAILED', 'STOPPED') and status <> ?",
            status.name(),
            reason,
            status.terminal() ? ts(now) : null,
            status.terminal(),
            ts(now),
            jobId,
            status.name())
        > 0;
  }

  /** Records t_s (JC-6.7.1) for jobs whose every replica has now been handed to a center. */
  public void markDispatchedIfComplete(java.util.Collection<String> jobIds, Instant now) {
    jdbc.batchUpdate(
        "update job set dispatched_at = ?, phase = case when phase = 'DISPATCHING' then"
            + " 'DISPATCHED' else phase end where id = ? and dispatched_at is null and not exists"
            + " (select 1 from replica where job_id = ? and dispatch_state <> 'DISPATCHED')",
        jobIds.stream().sorted().map(id -> new Object[] {ts(now), id, id}).toList());
  }

  /**
   * Puts failed replicas back in the queue as a new attempt that prefers other centers (JC-6.4
   * retry policy with failover).
   */
  @Transactional
  public void retry(String jobId, List<ReplicaRow> failed, String why, Instant now) {
    List<Object[]> args = new ArrayList<>();
    for (ReplicaRow r : failed) {
      String avoid =
          r.centerId() == null
              ? String.join(",", r.avoidCenters())
              : joinAvoid(r.avoidCenters(), r.centerId());
      args.add(new Object[] {avoid, why, jobId, r.taskIndex(), r.replicaIndex(), r.attempt()});
    }
    jdbc.batchUpdate(
        "update replica set attempt = attempt + 1, center_id = null, status = 'PENDING',"
            + " dispatch_state = 'NONE', transfer = null, transfer_until = null, avoid_centers = ?,"
            + " message = ?, started_at = null, finished_at = null where job_id = ? and task_index"
            + " = ? and replica_index = ? and attempt = ?",
        args);
    jdbc.update(
        "update job set attempt = attempt + 1, phase = 'QUEUED', dispatched_at = null, reason = ?,"
            + " updated_at = ? where id = ?",
        why,
        ts(now),
        jobId);
  }

  /** Marks the job and its unfinished replicas stopped; returns the replicas to stop at centers. */
  @Transactional
  public List<ReplicaRow> stop(String jobId, Instant now) {
    List<ReplicaRow> active =
        jdbc.query(
            "select * from replica where job_id = ? and status in ('PENDING', 'RUNNING') for"
                + " update",
            ReplicaRows::map,
            jobId);
    jdbc.update(
        "update replica set status = 'STOPPED', finished_at = ?, message = 'stopped by user'"
            + " where job_id = ? and status in ('PENDING', 'RUNNING')",
        ts(now),
        jobId);
    transition(jobId, JobStatus.STOPPED, "stopped by user", now);
    return active;
  }

  private static String joinAvoid(java.util.Set<String> avoid, String center) {
    java.util.LinkedHashSet<String> s = new java.util.LinkedHashSet<>(avoid);
    s.add(center);
    return String.join(",", s);
  }
}
