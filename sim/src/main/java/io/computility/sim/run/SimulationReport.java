package io.computility.sim.run;

import java.util.List;
import java.util.Map;

/**
 * The comparison a simulation produced: one row of named figures per policy, in the order of {@code
 * columns}, and the plot as an SVG document.
 */
public record SimulationReport(
    String level, String subject, List<String> columns, List<Row> rows, String svg) {

  /** One policy's figures, keyed by column name. */
  public record Row(String policy, Map<String, Double> figures) {}

  public SimulationReport {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
