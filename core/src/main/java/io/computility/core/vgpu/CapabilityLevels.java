package io.computility.core.vgpu;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seed 002 Table A.1: the lowest capability level (1 simple virtualisation .. 5 heterogeneous
 * pooling) at which each functional test §12.n is required, and the level a set of passing tests
 * earns (POOL-A): the highest level whose every required test passes, 0 when not even level 1.
 */
public final class CapabilityLevels {
  private static final Map<Integer, Integer> REQUIRED_FROM = new TreeMap<>();

  static {
    int[][] table = {
      {1, 1}, {2, 2}, {3, 3}, {4, 3}, {5, 2}, {6, 2}, {7, 1}, {8, 1}, {9, 4}, {10, 4}, {11, 3},
      {12, 3}, {13, 4}, {14, 4}, {15, 4}, {16, 1}, {17, 1}, {18, 1}, {19, 1}, {20, 4}, {21, 1},
      {22, 4}, {23, 4}, {24, 1}, {25, 4}, {26, 5}, {27, 3}
    };
    for (int[] row : table) REQUIRED_FROM.put(row[0], row[1]);
  }

  private CapabilityLevels() {}

  /** Test number (1..27) to the lowest level that requires it. */
  public static Map<Integer, Integer> requiredFrom() {
    return Map.copyOf(REQUIRED_FROM);
  }

  /** The level earned when exactly the tests in {@code passed} (numbers 1..27) pass. */
  public static int level(Collection<Integer> passed) {
    int level = 0;
    for (int l = 1; l <= 5; l++) {
      for (Map.Entry<Integer, Integer> e : REQUIRED_FROM.entrySet()) {
        if (e.getValue() <= l && !passed.contains(e.getKey())) return level;
      }
      level = l;
    }
    return level;
  }
}
