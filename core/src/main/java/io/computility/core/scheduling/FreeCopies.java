package io.computility.core.scheduling;

import io.computility.core.resource.Resources;
import java.util.Arrays;

/**
 * Free instances of each requested spec shape in every center. Computing them takes seven divisions
 * per center, so each shape's column is built once and then patched, one center at a time, whenever
 * a reservation changes that center's free resources.
 */
final class FreeCopies {
  private final Resources[] free;
  private Resources[] shapes = new Resources[4];
  private long[][] copies = new long[4][];
  private int count;

  FreeCopies(Resources[] free) {
    this.free = free;
  }

  long[] of(Resources shape) {
    for (int i = 0; i < count; i++) {
      if (shapes[i] == shape || shapes[i].equals(shape)) return copies[i];
    }
    long[] column = new long[free.length];
    for (int c = 0; c < free.length; c++) column[c] = free[c].copiesOf(shape);
    if (count == shapes.length) {
      shapes = Arrays.copyOf(shapes, count * 2);
      copies = Arrays.copyOf(copies, count * 2);
    }
    shapes[count] = shape;
    copies[count++] = column;
    return column;
  }

  void refresh(int c) {
    for (int i = 0; i < count; i++) copies[i][c] = free[c].copiesOf(shapes[i]);
  }
}
