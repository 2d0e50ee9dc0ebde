package io.computility.server.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Distinct failures of a fuzz run, keyed by operation, kind, status and logged exception; each
 * keeps its first request as the reproduction and counts the repeats.
 */
final class Findings {
  /** Hard findings fail the test; soft ones (documentation drift, slow answers) are reported. */
  enum Kind {
    SERVER_ERROR(true),
    OFF_SCHEMA(true),
    UNDOCUMENTED_STATUS(true),
    NO_HEALTH(true),
    LOCKED_OUT(true),
    STATUS_NOT_DOCUMENTED_2XX(false),
    ERROR_ENVELOPE(false),
    NO_ANSWER(false);

    final boolean fails;

    Kind(boolean fails) {
      this.fails = fails;
    }
  }

  record Finding(Kind kind, String operation, int status, String detail, String reproduction) {}

  private final Map<String, Finding> first = new LinkedHashMap<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  void add(Kind kind, String operation, int status, String detail, String reproduction) {
    String key = kind + "|" + operation + "|" + status + "|" + signature(detail);
    first.putIfAbsent(key, new Finding(kind, operation, status, detail, reproduction));
    counts.merge(key, 1, Integer::sum);
  }

  /**
   * The detail without the parts that vary per request (ids, numbers, quoted values, and the SQL
   * text, which varies with the filters given): the database's ERROR line or the exception class.
   */
  private static String signature(String detail) {
    int example = detail.indexOf(" — e.g. ");
    if (example >= 0) detail = detail.substring(0, example);
    int error = detail.indexOf("ERROR: ");
    String cause = error >= 0 ? detail.substring(error) : detail;
    if (error < 0 && cause.matches("(?s)^[\\w.$]+(Exception|Error)\\b.*")) {
      cause = cause.split("[:| ]", 2)[0];
    }
    return cause.replaceAll("\"[^\"]*\"|'[^']*'|\\d+|\\s*\\|.*", "#");
  }

  List<Finding> failing() {
    return first.values().stream().filter(f -> f.kind().fails).toList();
  }

  /** A Markdown report: each failing finding with its reproduction, then the reported-only ones. */
  String report(long seed, String duration, Map<String, Integer> statuses, int requests) {
    StringBuilder b = new StringBuilder();
    b.append("## Fuzz run: seed ").append(seed).append(", ").append(duration);
    b.append(", ").append(requests).append(" requests\n\n");
    b.append("Statuses: ").append(statuses).append("\n\n");
    // reported-only findings grouped by kind, status and cause: [0] the first detail, then
    // operations
    Map<String, List<String>> soft = new TreeMap<>();
    for (Map.Entry<String, Finding> e : first.entrySet()) {
      Finding f = e.getValue();
      String times = " (×" + counts.get(e.getKey()) + ")";
      if (!f.kind().fails) {
        String group = f.kind() + " " + f.status() + "|" + signature(f.detail());
        soft.computeIfAbsent(group, g -> new ArrayList<>(List.of(f.detail().replace("\n", " "))))
            .add(f.operation() + times);
        continue;
      }
      b.append("- **").append(f.kind()).append("** `").append(f.operation()).append("` → ");
      b.append(f.status()).append(times).append('\n');
      b.append("  - ").append(f.detail().replace("\n", " ")).append('\n');
      b.append("  - `").append(f.reproduction().replace("`", "'")).append("`\n");
    }
    if (!soft.isEmpty()) b.append("\nReported only (not failing):\n\n");
    for (Map.Entry<String, List<String>> g : soft.entrySet()) {
      List<String> ops = g.getValue().subList(1, g.getValue().size());
      b.append("- ").append(g.getKey(), 0, g.getKey().indexOf('|')).append(": ");
      b.append(g.getValue().get(0)).append("\n  - ").append(ops.size()).append(" operations: ");
      b.append(String.join(", ", ops.subList(0, Math.min(6, ops.size()))));
      b.append(ops.size() > 6 ? ", …\n" : "\n");
    }
    return b.toString();
  }
}
