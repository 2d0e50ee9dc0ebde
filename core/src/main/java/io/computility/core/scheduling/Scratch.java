package io.computility.core.scheduling;

/** Per-decision work arrays, allocated once per job so the hot loops allocate nothing. */
final class Scratch {
  final int[] candidates;
  final double[][] scores;
  final double[] finals;

  Scratch(int centers, int strategies) {
    candidates = new int[centers];
    scores = new double[strategies][centers];
    finals = new double[centers];
  }
}
