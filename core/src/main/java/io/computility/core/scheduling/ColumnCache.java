package io.computility.core.scheduling;

import java.util.Arrays;
import java.util.Objects;

/**
 * The cached columns of one view, keyed by (source, subject). A cycle asks for a handful of
 * distinct ones, so a linear scan (identity first) beats hashing a composite key, and a lookup
 * allocates nothing.
 */
final class ColumnCache {
  private Object[] sources = new Object[8];
  private Object[] subjects = new Object[8];
  private Object[] values = new Object[8];
  private int count;

  Object find(Object source, Object subject) {
    for (int i = 0; i < count; i++) {
      if (sources[i] == source && Objects.equals(subjects[i], subject)) return values[i];
    }
    return null;
  }

  void add(Object source, Object subject, Object value) {
    if (count == sources.length) {
      sources = Arrays.copyOf(sources, count * 2);
      subjects = Arrays.copyOf(subjects, count * 2);
      values = Arrays.copyOf(values, count * 2);
    }
    sources[count] = source;
    subjects[count] = subject;
    values[count++] = value;
  }
}
