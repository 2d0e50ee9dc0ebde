package io.computility.server.monitoring.reports;

import java.util.List;

/**
 * A statistics report: named columns and rows of values, one row per bucket and group. {@code
 * columnCodes} gives, column by column, the display code of its header ({@code
 * report.column.<column>}), which the console translates (issue 15; docs/api.md).
 */
public record ReportTable(
    String name, List<String> columns, List<String> columnCodes, List<List<Object>> rows) {

  public ReportTable {
    columns = List.copyOf(columns);
    columnCodes = List.copyOf(columnCodes);
    rows = List.copyOf(rows);
  }

  public ReportTable(String name, List<String> columns, List<List<Object>> rows) {
    this(name, columns, columns.stream().map(c -> "report.column." + c).toList(), rows);
  }
}
