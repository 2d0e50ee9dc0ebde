package io.computility.server.federation.scheduling;

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
}
