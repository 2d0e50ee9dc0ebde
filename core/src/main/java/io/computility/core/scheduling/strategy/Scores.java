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
    int nan = 0; // an int counter, not a running double sum: no floating-point dependency chain
    for (int k = 0; k < count; k++) {
      double v = out[k];
      min = v < min ? v : min;
      max = v > max ? v : max;
      nan += v != v ? 1 : 0;
    }
    if (nan > 0 || Double.isInfinite(min) || Double.isInfinite(max)) {
      normaliseFiniteOnly(out, count, invert);
      return;
    }
    double range = max - min;
    if (range == 0) {
      fill(out, count, 100);
      return;
    }
    // One division per call, not per candidate; the cap absorbs the last-bit rounding of the
    // reciprocal at the top end.
    double scale = 100 / range;
    if (invert) {
      for (int k = 0; k < count; k++) {
        double x = (max - out[k]) * scale;
        out[k] = x > 100 ? 100 : x;
      }
    } else {
      for (int k = 0; k < count; k++) {
        double x = (out[k] - min) * scale;
        out[k] = x > 100 ? 100 : x;
      }
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
