package io.computility.core.scheduling;

/**
 * Combines strategy scores into one final score per center (JC-6.6.3). The default is formula 2,
 * the weighted sum {@code Σ w_i · s_ik}.
 */
@FunctionalInterface
public interface EvaluationModel {

  double evaluate(double[] weights, double[] scores);

  EvaluationModel WEIGHTED_SUM =
      (w, s) -> {
        double total = 0;
        for (int i = 0; i < w.length; i++) total += w[i] * s[i];
        return total;
      };
}
