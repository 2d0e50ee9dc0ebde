package io.computility.sim.pool;

import io.computility.core.pool.NodeSpec;
import io.computility.core.pool.PodRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads the openb CSV files of the FGD artifact (Alibaba GPU trace 2023). Columns are found by
 * header name, so both pod schemas load: the full one (with {@code gpu_spec}, times, QoS) and the
 * reduced {@code name,cpu_milli,memory_mib,num_gpu,gpu_milli} one. Quoted fields (RFC 4180) may
 * hold commas.
 */
public final class OpenbTrace {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreSurroundingSpaces(true)
          .setTrim(true)
          .setIgnoreEmptyLines(true)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .get();

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

  private record Row(CSVRecord cells, Path file, long line) {
    boolean has(String column) {
      return cells.isMapped(column);
    }

    String text(String column) {
      if (!cells.isMapped(column)) {
        throw new IllegalArgumentException(file + " has no column " + column);
      }
      return cells.isSet(column) ? cells.get(column) : "";
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
    try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, FORMAT)) {
      if (parser.getHeaderMap() == null || parser.getHeaderMap().isEmpty()) {
        throw new IllegalArgumentException(csv + " is empty");
      }
      for (CSVRecord row : parser) {
        sink.accept(new Row(row, csv, parser.getCurrentLineNumber()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
