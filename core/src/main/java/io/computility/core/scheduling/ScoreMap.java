package io.computility.core.scheduling;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable strategy-id to score map over two arrays, for score cards: building one copies a
 * handful of doubles instead of boxing each into a hash map, since most cards are never read.
 */
final class ScoreMap extends AbstractMap<String, Double> {
  private final String[] ids;
  private final double[] scores;

  ScoreMap(String[] ids, double[] scores) {
    this.ids = ids;
    this.scores = scores;
  }

  @Override
  public Double get(Object key) {
    for (int i = 0; i < ids.length; i++) if (ids[i].equals(key)) return scores[i];
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return ids.length;
  }

  @Override
  public Set<Entry<String, Double>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return ids.length;
      }

      @Override
      public Iterator<Entry<String, Double>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < ids.length;
          }

          @Override
          public Entry<String, Double> next() {
            if (next >= ids.length) throw new NoSuchElementException();
            int i = next++;
            return new SimpleImmutableEntry<>(ids[i], scores[i]);
          }
        };
      }
    };
  }
}
