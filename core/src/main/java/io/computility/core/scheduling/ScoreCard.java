package io.computility.core.scheduling;

import java.util.List;
import java.util.Map;

/**
 * Why a replica went where it went: for the best-ranked candidates, each strategy's score and the
 * evaluation model's final score (JC-A.5, JC-A.6).
 */
public record ScoreCard(int taskIndex, int replicaIndex, List<CenterScores> ranking) {

  /** One candidate's scores by strategy id, and its final weighted score. */
  public record CenterScores(String centerId, Map<String, Double> byStrategy, double finalScore) {}
}
