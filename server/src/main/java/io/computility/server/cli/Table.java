package io.computility.server.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: a header row and left-aligned columns two spaces apart. */
final class Table {

  private final List<String[]> rows = new ArrayList<>();

  Table(String... header) {
    rows.add(header);
  }

  Table row(Object... cells) {
    String[] r = new String[cells.length];
    for (int i = 0; i < cells.length; i++) r[i] = cells[i] == null ? "-" : cells[i].toString();
    rows.add(r);
    return this;
  }

  void print(PrintWriter out) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] r : rows)
      for (int i = 0; i < cols; i++) width[i] = Math.max(width[i], r[i].length());
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cols; i++) {
        line.append(r[i]);
        if (i < cols - 1) line.append(" ".repeat(width[i] - r[i].length() + 2));
      }
      out.println(line.toString().stripTrailing());
    }
    out.flush();
  }

  /** The line under a page of a list: "3 of 41 orders (page 0)". */
  static void printPageFooter(PrintWriter out, tools.jackson.databind.JsonNode data, String noun) {
    out.println(
        data.path("items").size()
            + " of "
            + data.path("total").asLong()
            + " "
            + noun
            + " (page "
            + data.path("page").asInt()
            + ")");
  }
}
