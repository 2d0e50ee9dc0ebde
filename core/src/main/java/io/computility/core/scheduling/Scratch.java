package io.computility.core.scheduling;

/**
 * Per-decision work arrays. A view keeps one and hands it to every decision of its cycle, so the
 * hot loops allocate nothing.
 */
final class Scratch {
  final int[] candidates;
  final double[][] scores;
  final double[] finals;
  final boolean[] avoided;

  Scratch(int centers, int strategies) {
    candidates = new int[centers];
    scores = new double[strategies][centers];
    finals = new double[centers];
    avoided = new boolean[centers];
  }
}
