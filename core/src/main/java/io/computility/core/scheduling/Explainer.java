package io.computility.core.scheduling;

import java.util.ArrayList;
import java.util.List;

/** Builds the score card of one decision: the best candidates with all their scores. */
final class Explainer {
  private Explainer() {}

  static ScoreCard card(
      ReplicaRequest req, ClusterView view, WeightedStrategies w, Scratch s, int count, int top) {
    int n = Math.min(top, count);
    int[] chosen = best(s.finals, count, n);
    List<ScoreCard.CenterScores> ranking = new ArrayList<>(n);
    for (int k : chosen) {
      double[] by = new double[w.size()];
      for (int i = 0; i < by.length; i++) by[i] = s.scores[i][k];
      ranking.add(
          new ScoreCard.CenterScores(
              view.id(s.candidates[k]), new ScoreMap(w.ids(), by), s.finals[k]));
    }
    return new ScoreCard(req.taskIndex(), req.replicaIndex(), ranking);
  }

  /**
   * Indexes of the {@code n} highest finals, best first; ties keep candidate order. One pass with
   * insertion into a tiny sorted prefix: n is a handful, count is hundreds.
   */
  static int[] best(double[] finals, int count, int n) {
    int[] chosen = new int[n];
    if (n == 0) return chosen;
    int filled = 0;
    for (int k = 0; k < count; k++) {
      double f = finals[k];
      if (filled == n && f <= finals[chosen[n - 1]]) continue;
      int at = filled < n ? filled++ : n - 1;
      while (at > 0 && f > finals[chosen[at - 1]]) {
        chosen[at] = chosen[at - 1];
        at--;
      }
      chosen[at] = k;
    }
    return chosen;
  }
}
