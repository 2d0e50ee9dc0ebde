package io.computility.server.monitoring.reports;

import java.util.List;

/** A statistics report: named columns and rows of values, one row per bucket and group. */
public record ReportTable(String name, List<String> columns, List<List<Object>> rows) {

  public ReportTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
