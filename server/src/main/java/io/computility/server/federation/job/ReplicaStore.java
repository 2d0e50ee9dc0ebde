package io.computility.server.federation.job;

import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.adapter.ReplicaKey;
import io.computility.core.job.JobStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Replica state changes. Every update names the attempt, so a late event about an earlier attempt
 * never overwrites the current one, and terminal states are never left.
 */
@Repository
public class ReplicaStore {
  private final JdbcTemplate jdbc;

  /** The order batches lock replica rows in. */
  static final Comparator<ReplicaKey> KEY_ORDER =
      Comparator.comparing(ReplicaKey::jobId)
          .thenComparingInt(ReplicaKey::taskIndex)
          .thenComparingInt(ReplicaKey::replicaIndex)
          .thenComparingInt(ReplicaKey::attempt);

  public ReplicaStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replicas whose dispatch was decided but not acknowledged, and finished transfers. */
  public List<ReplicaRow> dispatchable(Instant now, int limit) {
    return jdbc.query(
        "select * from replica where (dispatch_state = 'DISPATCHING' or (dispatch_state ="
            + " 'TRANSFERRING' and transfer_until <= ?)) and status = 'PENDING' limit ?",
        ReplicaRows::map,
        ts(now),
        limit);
  }

  /**
   * The centers acknowledged these keys. Returns the keys whose rows had moved on meanwhile
   * (stopped, or retried as a new attempt): the caller stops the runs it just started.
   */
  public List<ReplicaKey> markDispatched(List<ReplicaKey> unordered) {
    // One lock order for every batch that updates replica rows (deadlocks under load, issue 12).
    List<ReplicaKey> keys = unordered.stream().sorted(KEY_ORDER).toList();
    int[] counts =
        jdbc.batchUpdate(
            "update replica set dispatch_state = 'DISPATCHED' where job_id = ? and task_index = ?"
                + " and replica_index = ? and attempt = ? and status <> 'STOPPED'",
            keys.stream()
                .map(k -> new Object[] {k.jobId(), k.taskIndex(), k.replicaIndex(), k.attempt()})
                .toList());
    List<ReplicaKey> stale = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) if (counts[i] == 0) stale.add(keys.get(i));
    return stale;
  }

  /** One observed replica state, applied in a batch. */
  public record StateChange(
      ReplicaKey key, JobStatus status, String message, Instant startedAt, Instant finishedAt) {}

  /** Applies state changes; returns the ids of jobs whose replicas changed. */
  public Collection<String> apply(List<StateChange> unordered) {
    List<StateChange> changes =
        unordered.stream().sorted(Comparator.comparing(StateChange::key, KEY_ORDER)).toList();
    List<Object[]> args = new ArrayList<>(changes.size());
    for (StateChange c : changes) {
      ReplicaKey k = c.key();
      args.add(
          new Object[] {
            c.status().name(),
            c.message(),
            ts(c.startedAt()),
            ts(c.finishedAt()),
            c.status().name(),
            k.jobId(),
            k.taskIndex(),
            k.replicaIndex(),
            k.attempt()
          });
    }
    int[] counts =
        jdbc.batchUpdate(
            "update replica set status = ?, message = coalesce(?, message),"
                + " started_at = coalesce(started_at, ?), finished_at = coalesce(?, finished_at),"
                + " dispatch_state = 'DISPATCHED'"
                + " where status not in ('COMPLETED', 'FAILED', 'STOPPED') and status <> ?"
                + " and job_id = ? and task_index = ? and replica_index = ? and attempt = ?",
            args);
    java.util.Set<String> jobs = new java.util.LinkedHashSet<>();
    for (int i = 0; i < counts.length; i++)
      if (counts[i] != 0) jobs.add(changes.get(i).key().jobId());
    jdbc.batchUpdate(
        "update replica_attempt set status = ?, message = coalesce(?, message), finished_at = ?"
            + " where job_id = ? and task_index = ? and replica_index = ? and attempt = ?",
        changes.stream()
            .map(
                c ->
                    new Object[] {
                      c.status().name(),
                      c.message(),
                      ts(c.finishedAt()),
                      c.key().jobId(),
                      c.key().taskIndex(),
                      c.key().replicaIndex(),
                      c.key().attempt()
                    })
            .toList());
    return jobs;
  }

  /** Jobs still open although none of their replicas is pending or running. */
  public List<String> unsettledJobs(int limit) {
    return jdbc.queryForList(
        "select id from job j where status in ('PENDING', 'RUNNING') and phase <> 'QUEUED' and not"
            + " exists (select 1 from replica r where r.job_id = j.id and r.status in ('PENDING',"
            + " 'RUNNING')) limit ?",
        String.class,
        limit);
  }

  /** Replicas on a center that are not finished (to fail them when the center is lost). */
  public List<ReplicaRow> activeOn(String centerId) {
    return jdbc.query(
        "select * from replica where center_id = ? and status in ('PENDING', 'RUNNING')"
            + " and dispatch_state in ('DISPATCHING', 'DISPATCHED')",
        ReplicaRows::map,
        centerId);
  }

  /**
   * Replicas placed on a center and not yet seen running (decided, in transfer, or accepted and
   * queued there): what the scheduler's in-memory reservations hold; read at start-up to rebuild
   * them.
   */
  public List<ReplicaRow> placedNotStarted() {
    return jdbc.query(
        "select * from replica where center_id is not null and status = 'PENDING'"
            + " and dispatch_state in ('DISPATCHING', 'TRANSFERRING', 'DISPATCHED')",
        ReplicaRows::map);
  }

  /** Replicas handed to centers and not finished, for reconciliation against the centers. */
  public List<ReplicaRow> inFlight(int limit) {
    return jdbc.query(
        "select * from replica where dispatch_state = 'DISPATCHED' and status in ('PENDING',"
            + " 'RUNNING') limit ?",
        ReplicaRows::map,
        limit);
  }
}
