package io.computility.sim.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
      String[] f = line.split(",");
      if (f.length != 10) {
        throw new IllegalArgumentException(
            "centers line " + (i + 1) + ": expected 10 fields (" + HEADER + ")");
      }
      try {
        out.add(
            new CenterSpec(
                f[0].strip(),
                f[1].strip(),
                Integer.parseInt(f[2].strip()),
                Integer.parseInt(f[3].strip()),
                Double.parseDouble(f[4].strip()),
                Double.parseDouble(f[5].strip()),
                Double.parseDouble(f[6].strip()),
                Double.parseDouble(f[7].strip()),
                Integer.parseInt(f[8].strip()),
                Double.parseDouble(f[9].strip())));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("centers line " + (i + 1) + ": " + e.getMessage());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("centers file lists no center");
    }
    return out;
  }
}
