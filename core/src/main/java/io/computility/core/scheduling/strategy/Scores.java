package io.computility.core.scheduling.strategy;

/**
 * Min-max normalisation of raw values to the 0..100 scale of JC-6.6.2, in place. Non-finite raw
 * values (a missing link, an unknown rate) score 0; when every finite value is equal, they all
 * score 100, since nothing sets the candidates apart.
 */
public final class Scores {
  private Scores() {}

  public static void higherIsBetter(double[] out, int count) {
    normalise(out, count, false);
  }

  public static void lowerIsBetter(double[] out, int count) {
    normalise(out, count, true);
  }

  /** Every candidate gets {@code value}: for strategies with nothing to compare. */
  public static void fill(double[] out, int count, double value) {
    for (int k = 0; k < count; k++) out[k] = value;
  }

  private static void normalise(double[] out, int count, boolean invert) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0; // turns NaN or infinite when any value is, without a branch per value
    for (int k = 0; k < count; k++) {
      double v = out[k];
      if (v < min) min = v;
      if (v > max) max = v;
      sum += v;
    }
    if (!Double.isFinite(sum)) {
      normaliseFiniteOnly(out, count, invert);
      return;
    }
    double range = max - min;
    if (range == 0) {
      fill(out, count, 100);
      return;
    }
    // 100 * d / range rather than d * (100 / range): exact at the ends and in the middle.
    if (invert) {
      for (int k = 0; k < count; k++) out[k] = 100 * (max - out[k]) / range;
    } else {
      for (int k = 0; k < count; k++) out[k] = 100 * (out[k] - min) / range;
    }
  }

  /** The slow path, when some values are NaN or infinite. */
  private static void normaliseFiniteOnly(double[] out, int count, boolean invert) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < count; k++) {
      double v = out[k];
      if (Double.isFinite(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    double range = max - min;
    for (int k = 0; k < count; k++) {
      double v = out[k];
      if (!Double.isFinite(v)) out[k] = 0;
      else if (range == 0) out[k] = 100;
      else out[k] = 100 * (invert ? max - v : v - min) / range;
    }
  }
}
