package io.computility.server.federation.scheduling;

import io.computility.core.scheduling.ScoreCard;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The scheduler's last decision for a job, with the score cards behind it. */
public record DecisionData(
    String jobId,
    String policy,
    String outcome,
    String reason,
    Instant decidedAt,
    List<ScoreCardDto> scoreCards) {

  /** For one replica: the best-ranked centers with each strategy's score and the final score. */
  public record ScoreCardDto(int taskIndex, int replicaIndex, List<CenterScore> ranking) {}

  public record CenterScore(String centerId, Map<String, Double> byStrategy, double finalScore) {}

  /** The wire form of a stored decision. */
  public static DecisionData of(DecisionRecord d) {
    List<ScoreCardDto> cards = d.scoreCards().stream().map(DecisionData::card).toList();
    return new DecisionData(d.jobId(), d.policy(), d.outcome(), d.reason(), d.decidedAt(), cards);
  }

  private static ScoreCardDto card(ScoreCard c) {
    List<CenterScore> ranking =
        c.ranking().stream()
            .map(s -> new CenterScore(s.centerId(), s.byStrategy(), s.finalScore()))
            .toList();
    return new ScoreCardDto(c.taskIndex(), c.replicaIndex(), ranking);
  }
}
