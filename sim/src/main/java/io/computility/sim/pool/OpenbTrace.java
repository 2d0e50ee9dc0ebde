package io.computility.sim.pool;

import io.computility.core.pool.NodeSpec;
import io.computility.core.pool.PodRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the openb CSV files of the FGD artifact (Alibaba GPU trace 2023). Columns are found by
 * header name, so both pod schemas load: the full one (with {@code gpu_spec}, times, QoS) and the
 * reduced {@code name,cpu_milli,memory_mib,num_gpu,gpu_milli} one. The files hold no quoted fields.
 */
public final class OpenbTrace {

  private OpenbTrace() {}

  public static List<NodeSpec> readNodes(Path csv) {
    List<NodeSpec> nodes = new ArrayList<>();
    read(
        csv,
        row ->
            nodes.add(
                new NodeSpec(
                    row.text("sn"),
                    row.number("cpu_milli"),
                    row.number("memory_mib"),
                    (int) row.number("gpu"),
                    row.text("model"))));
    return nodes;
  }

  public static List<PodRequest> readPods(Path csv) {
    List<PodRequest> pods = new ArrayList<>();
    read(
        csv,
        row -> {
          int gpus = (int) row.number("num_gpu");
          // gpu_milli only means something when a GPU is requested; models likewise.
          int milli = gpus == 0 ? 0 : (int) row.number("gpu_milli");
          List<String> models =
              gpus == 0 || !row.has("gpu_spec")
                  ? List.of()
                  : Arrays.stream(row.text("gpu_spec").split("\\|"))
                      .filter(s -> !s.isEmpty())
                      .toList();
          pods.add(
              new PodRequest(
                  row.text("name"),
                  row.number("cpu_milli"),
                  row.number("memory_mib"),
                  gpus,
                  milli,
                  models));
        });
    return pods;
  }

  private interface RowSink {
    void accept(Row row);
  }

  private record Row(Map<String, Integer> columns, String[] cells, Path file, int line) {
    boolean has(String column) {
      return columns.containsKey(column);
    }

    String text(String column) {
      Integer i = columns.get(column);
      if (i == null) {
        throw new IllegalArgumentException(file + " has no column " + column);
      }
      return i < cells.length ? cells[i].trim() : "";
    }

    long number(String column) {
      String t = text(column);
      try {
        return t.isEmpty() ? 0 : Long.parseLong(t);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            file + ":" + line + " " + column + " is not a number: " + t);
      }
    }
  }

  private static void read(Path csv, RowSink sink) {
    List<String> lines;
    try {
      lines = Files.readAllLines(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(csv + " is empty");
    }
    String[] header = lines.get(0).split(",", -1);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      columns.put(header[i].trim(), i);
    }
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        sink.accept(new Row(columns, lines.get(i).split(",", -1), csv, i + 1));
      }
    }
  }
}
