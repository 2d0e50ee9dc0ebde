package io.computility.core.scheduling;

import java.util.ArrayList;
import java.util.List;

/** Builds the score card of one decision: the best candidates with all their scores. */
final class Explainer {
  private Explainer() {}

  static ScoreCard card(
      ReplicaRequest req, ClusterView view, WeightedStrategies w, Scratch s, int count, int top) {
    int n = Math.min(top, count);
    // Top-n selection by repeated scans: n is a handful, so this beats sorting every candidate.
    int[] chosen = new int[n];
    for (int r = 0; r < n; r++) {
      int best = -1;
      for (int k = 0; k < count; k++) {
        if (taken(chosen, r, k)) continue;
        if (best < 0 || s.finals[k] > s.finals[best]) best = k;
      }
      chosen[r] = best;
    }
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

  private static boolean taken(int[] chosen, int upTo, int k) {
    for (int i = 0; i < upTo; i++) if (chosen[i] == k) return true;
    return false;
  }
}
