package io.computility.core.scheduling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the score card of one decision: the best candidates with all their scores. */
final class Explainer {
  private Explainer() {}

  static ScoreCard card(
      ReplicaRequest req, ClusterView view, WeightedStrategies w, Scratch s, int count, int top) {
    Integer[] order = new Integer[count];
    for (int k = 0; k < count; k++) order[k] = k;
    java.util.Arrays.sort(order, (a, b) -> Double.compare(s.finals[b], s.finals[a]));
    List<ScoreCard.CenterScores> ranking = new ArrayList<>();
    for (int r = 0; r < Math.min(top, count); r++) {
      int k = order[r];
      Map<String, Double> by = new LinkedHashMap<>();
      for (int i = 0; i < w.size(); i++) by.put(w.strategy(i).id(), s.scores[i][k]);
      ranking.add(new ScoreCard.CenterScores(view.id(s.candidates[k]), by, s.finals[k]));
    }
    return new ScoreCard(req.taskIndex(), req.replicaIndex(), ranking);
  }
}
