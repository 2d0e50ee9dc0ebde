package io.computility.core.scheduling.strategy;

/**
 * Closeness of two logical positions written as paths, e.g. a region "cn-east/sh" and a dataset
 * copy's network topology "cn-east/sh/az1" (JC table 6): the share of leading segments they have in
 * common, counted over the shorter path, so a position known only to region level is as close as we
 * can tell to everything inside that region. Allocation-free: it walks the characters.
 */
public final class Topology {
  private Topology() {}

  /** 0 (nothing shared, or either unknown) to 1 (one path is a prefix of the other). */
  public static double closeness(String a, String b) {
    if (a == null || b == null || a.isEmpty() || b.isEmpty()) return 0;
    int shared = 0;
    int i = 0;
    while (true) {
      int endA = segmentEnd(a, i);
      int endB = segmentEnd(b, i);
      if (endA != endB || !a.regionMatches(i, b, i, endA - i)) break;
      shared++;
      if (endA == a.length() || endB == b.length()) break;
      i = endA + 1;
    }
    return (double) shared / Math.min(segments(a), segments(b));
  }

  private static int segmentEnd(String s, int from) {
    if (from >= s.length()) return -1;
    int slash = s.indexOf('/', from);
    return slash < 0 ? s.length() : slash;
  }

  private static int segments(String s) {
    int n = 1;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '/') n++;
    return n;
  }
}
