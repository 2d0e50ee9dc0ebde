package io.computility.server.federation.scheduling;

import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.data.TransferPlan;
import io.computility.core.scheduling.Assignment;
import io.computility.core.scheduling.Placement;
import io.computility.server.shared.jdbc.JsonColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one scheduling cycle's decisions in a single transaction: bound replicas move to
 * DISPATCHING (or TRANSFERRING while their dataset is copied in), queued jobs keep their reason,
 * rejected jobs fail. Only after this commits does any adapter get called.
 */
@Repository
public class DecisionStore {
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public DecisionStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A job's decision in this cycle; {@code attempt} is the job's current attempt. */
  public record JobDecision(String jobId, String policy, int attempt, Placement placement) {}

  @Transactional
  public void save(List<JobDecision> decisions, Instant now) {
    List<Object[]> replicas = new ArrayList<>();
    List<Object[]> attempts = new ArrayList<>();
    List<Object[]> jobs = new ArrayList<>();
    List<Object[]> cards = new ArrayList<>();
    for (JobDecision d : decisions) {
      Placement p = d.placement();
      for (Assignment a : p.assignments()) {
        TransferPlan t = a.transfer();
        Instant until = t == null ? null : now.plusMillis((long) (t.estimatedSeconds() * 1000));
        replicas.add(
            new Object[] {
              a.centerId(),
              t == null ? "DISPATCHING" : "TRANSFERRING",
              json.write(t),
              ts(until),
              t == null ? null : "waiting for dataset " + t.dataset() + " from " + t.sources(),
              d.jobId(),
              a.taskIndex(),
              a.replicaIndex()
            });
        attempts.add(
            new Object[] {
              d.jobId(),
              a.taskIndex(),
              a.replicaIndex(),
              a.centerId(),
              ts(now),
              d.jobId(),
              a.taskIndex(),
              a.replicaIndex()
            });
      }
      jobs.add(jobUpdate(d, now));
      cards.add(
          new Object[] {
            d.jobId(), d.policy(), p.kind().name(), reason(p), json.write(p.scoreCards()), ts(now)
          });
    }
    jdbc.batchUpdate(
        "update replica set center_id = ?, dispatch_state = ?, transfer = ?::jsonb,"
            + " transfer_until = ?, message = ? where job_id = ? and task_index = ? and"
            + " replica_index = ? and center_id is null",
        replicas);
    jdbc.batchUpdate(
        "insert into replica_attempt (job_id, task_index, replica_index, attempt, center_id,"
            + " status, decided_at) select ?, ?, ?, attempt, ?, 'PENDING', ? from replica where"
            + " job_id = ? and task_index = ? and replica_index = ?",
        attempts);
    jdbc.batchUpdate(
        "update job set phase = ?, status = case when status = 'RUNNING' and ? = 'PENDING' then"
            + " status else ? end, reason = ?, finished_at = ?, updated_at = ? where id = ? and"
            + " phase = 'QUEUED'",
        jobs);
    jdbc.batchUpdate(
        "insert into scheduling_decision (job_id, policy, outcome, reason, score_cards,"
            + " decided_at) values (?,?,?,?,?::jsonb,?) on conflict (job_id) do update set policy"
            + " = excluded.policy, outcome = excluded.outcome, reason = excluded.reason,"
            + " score_cards = excluded.score_cards, decided_at = excluded.decided_at",
        cards);
  }

  private static Object[] jobUpdate(JobDecision d, Instant now) {
    Placement p = d.placement();
    return switch (p.kind()) {
      case PLACED ->
          new Object[] {
            p.unplaced().isEmpty() ? "DISPATCHING" : "QUEUED",
            "PENDING",
            "PENDING",
            reason(p),
            null,
            ts(now),
            d.jobId()
          };
      case QUEUED ->
          new Object[] {"QUEUED", "PENDING", "PENDING", p.reason(), null, ts(now), d.jobId()};
      case REJECTED ->
          new Object[] {"DONE", "FAILED", "FAILED", p.reason(), ts(now), ts(now), d.jobId()};
    };
  }

  private static String reason(Placement p) {
    if (p.kind() != Placement.Kind.PLACED) return p.reason();
    return p.unplaced().isEmpty() ? null : String.join("; ", p.unplaced());
  }
}
