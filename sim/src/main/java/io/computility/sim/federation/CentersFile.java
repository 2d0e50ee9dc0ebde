package io.computility.sim.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The centers of a simulated federation, one CSV line each (header first, {@code #} comments):
 * {@code id,region,gpus,cpus,price_gpu_hour,static_w,exec_w,performance,security,bandwidth_mbps}.
 * Power is per GPU instance (formula 1); bandwidth is the center's link to every other region.
 */
public final class CentersFile {

  static final String HEADER =
      "id,region,gpus,cpus,price_gpu_hour,static_w,exec_w,performance,security,bandwidth_mbps";

  /** One center as declared. */
  public record CenterSpec(
      String id,
      String region,
      int gpus,
      int cpus,
      double priceGpuHour,
      double staticWatts,
      double execWatts,
      double performance,
      int security,
      double bandwidthMbps) {
    public CenterSpec {
      if (gpus <= 0 || cpus <= 0 || performance <= 0 || bandwidthMbps <= 0 || priceGpuHour < 0) {
        throw new IllegalArgumentException("center " + id + ": capacities must be positive");
      }
    }
  }

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).setTrim(true).get();

  private CentersFile() {}

  public static List<CenterSpec> read(Path file) {
    try {
      return parse(Files.readAllLines(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<CenterSpec> parse(List<String> lines) {
    List<CenterSpec> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("id,")) {
        continue;
      }
      List<String> f = fields(line, i + 1);
      if (f.size() != 10) {
        throw new IllegalArgumentException(
            "centers line " + (i + 1) + ": expected 10 fields (" + HEADER + ")");
      }
      try {
        out.add(
            new CenterSpec(
                f.get(0),
                f.get(1),
                Integer.parseInt(f.get(2)),
                Integer.parseInt(f.get(3)),
                Double.parseDouble(f.get(4)),
                Double.parseDouble(f.get(5)),
                Double.parseDouble(f.get(6)),
                Double.parseDouble(f.get(7)),
                Integer.parseInt(f.get(8)),
                Double.parseDouble(f.get(9))));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("centers line " + (i + 1) + ": " + e.getMessage());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("centers file lists no center");
    }
    return out;
  }

  /** The cells of one line, trimmed; a quoted cell may hold commas. */
  private static List<String> fields(String line, int number) {
    try (CSVParser p = CSVParser.parse(line, FORMAT)) {
      return p.getRecords().get(0).toList();
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("centers line " + number + ": " + e.getMessage());
    }
  }
}
