package io.computility.core.scheduling;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The cached columns of one view, keyed by (source, subject). Sources are singletons, so they are
 * found by identity; each has a few subjects (specs, regions, datasets), scanned linearly. A lookup
 * allocates nothing.
 */
final class ColumnCache {
  private final Map<Object, Bucket> bySource = new IdentityHashMap<>();

  Object find(Object source, Object subject) {
    Bucket b = bySource.get(source);
    return b == null ? null : b.find(subject);
  }

  void add(Object source, Object subject, Object value) {
    bySource.computeIfAbsent(source, s -> new Bucket()).add(subject, value);
  }

  private static final class Bucket {
    private Object[] subjects = new Object[4];
    private Object[] values = new Object[4];
    private int count;

    Object find(Object subject) {
      for (int i = 0; i < count; i++) {
        if (Objects.equals(subjects[i], subject)) return values[i];
      }
      return null;
    }

    void add(Object subject, Object value) {
      if (count == subjects.length) {
        subjects = java.util.Arrays.copyOf(subjects, count * 2);
        values = java.util.Arrays.copyOf(values, count * 2);
      }
      subjects[count] = subject;
      values[count++] = value;
    }
  }
}
