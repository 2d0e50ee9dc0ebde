package io.computility.server.federation.job;

import io.computility.core.job.JobStatus;
import io.computility.core.scheduling.ScoreCard;
import io.computility.server.federation.scheduling.DecisionData;
import io.computility.server.federation.scheduling.DecisionRecord;
import io.computility.server.shared.web.Check;
import java.util.List;
import java.util.Locale;

/** Job listings and scheduling decisions on the wire. */
public final class JobListMapper {

  private JobListMapper() {}

  public static JobSummary toSummary(JobView v) {
    return new JobSummary(
        v.job().id(),
        v.job().name(),
        v.status().wire(),
        v.phase(),
        v.job().userName(),
        v.job().tasks().size(),
        v.job().replicaCount(),
        v.submittedAt(),
        v.dispatchedAt(),
        v.finishedAt());
  }

  /** Parses a status filter written as on the wire (pending, running …); null stays null. */
  public static JobStatus status(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      return JobStatus.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Check.bad("status", "must be pending, running, completed, failed or stopped");
    }
  }

  public static DecisionData toDecision(DecisionRecord d) {
    List<DecisionData.ScoreCardDto> cards =
        d.scoreCards().stream().map(JobListMapper::card).toList();
    return new DecisionData(d.jobId(), d.policy(), d.outcome(), d.reason(), d.decidedAt(), cards);
  }

  private static DecisionData.ScoreCardDto card(ScoreCard c) {
    List<DecisionData.CenterScore> ranking =
        c.ranking().stream()
            .map(s -> new DecisionData.CenterScore(s.centerId(), s.byStrategy(), s.finalScore()))
            .toList();
    return new DecisionData.ScoreCardDto(c.taskIndex(), c.replicaIndex(), ranking);
  }
}
