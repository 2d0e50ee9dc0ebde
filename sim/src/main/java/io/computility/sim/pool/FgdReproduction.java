package io.computility.sim.pool;

import io.computility.core.pool.NodeSpec;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import io.computility.core.pool.TargetWorkload;
import io.computility.core.pool.policy.Policies;
import io.computility.sim.plot.LinePlot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reproduces the pool-level study of the FGD paper (ATC'23, figure 7 setting): the six baselines,
 * ten seeds each, on one openb pod list, reporting the GPU allocation ratio when the arrived GPU
 * requests reach 130 % of capacity. Prints a table, then, as its last line, one JSON object.
 *
 * <p>Arguments: {@code [--data DIR] [--trace NAME | --all] [--nodes all|gpu] [--seeds N]
 * [--first-seed S] [--arrived 1.3] [--policies A,B] [--plot FILE.svg]}. With {@code --plot}, the
 * mean allocation curve of each policy on the first trace is drawn as an SVG.
 */
public final class FgdReproduction {

  /**
   * Reference figures of the FGD artifact for the default trace (data/openb/SOURCE.md), shown for
   * comparison only.
   */
  private static final Map<String, Double> REFERENCE_DEFAULT =
      Map.of(
          "FGD",
          95.39,
          "BestFit",
          93.08,
          "GpuPacking",
          92.00,
          "GpuClustering",
          91.88,
          "DotProduct",
          90.85,
          "Random",
          87.47);

  private FgdReproduction() {}

  public static void main(String[] args) {
    Options o = Options.parse(args);
    List<NodeSpec> nodes = OpenbTrace.readNodes(o.data().resolve(o.nodeFile()));
    Map<String, Map<String, Double>> byTrace = new LinkedHashMap<>();
    for (String trace : o.all() ? allTraces(o.data()) : List.of(o.trace())) {
      byTrace.put(trace, runTrace(o, nodes, trace, byTrace.isEmpty() ? o.plot() : null));
    }
    System.out.println(Json.result(o.all() ? null : o.trace(), o.arrived(), byTrace));
  }

  private static Map<String, Double> runTrace(
      Options o, List<NodeSpec> nodes, String trace, Path plotFile) {
    LinePlot plot =
        new LinePlot(
                "openb "
                    + trace
                    + ": GPU allocation vs arrived workload (mean of "
                    + o.seeds()
                    + " seeds)",
                "arrived GPU requests, % of capacity",
                "allocated GPUs, % of capacity")
            .range(50, Math.round(o.arrived() * 100), 50, 100); // the part where policies differ
    List<PodRequest> pods =
        OpenbTrace.readPods(o.data().resolve("openb_pod_list_" + trace + ".csv"));
    TargetWorkload target = TargetWorkload.of(pods);
    long capacity = new Pool(nodes).totalGpuMilli();
    int checkpoint = (int) Math.round(o.arrived() * 100);
    PoolReplay replay = new PoolReplay(nodes, target, 90, checkpoint);
    System.out.printf(
        Locale.ROOT,
        "trace %s: %d pods, %d nodes, %d GPUs, %d typical shapes, %d seeds, arrived %.0f %%%n",
        trace,
        pods.size(),
        nodes.size(),
        capacity / Pool.GPU_MILLI,
        target.size(),
        o.seeds(),
        o.arrived() * 100);
    System.out.printf(
        Locale.ROOT,
        "%-14s %8s %8s %7s %9s %9s %8s %8s %8s%n",
        "policy",
        "alloc%",
        "ref%",
        "diff",
        "fragR@90",
        "fragA@90",
        "unsched",
        "cpu ms",
        "wall ms");
    Map<String, Double> means = new LinkedHashMap<>();
    for (String name : o.policies()) {
      Stats s = new Stats();
      for (int i = 0; i < o.seeds(); i++) {
        long seed = o.firstSeed() + i;
        List<PodRequest> arrivals = WorkloadBuilder.build(pods, capacity, o.arrived(), seed);
        s.add(replay.run(arrivals, Policies.create(name, target, seed), seed), checkpoint);
      }
      String label = Policies.create(name, target, 0).name();
      Double ref = trace.equals("default") ? REFERENCE_DEFAULT.get(label) : null;
      double alloc = s.mean(s.alloc);
      System.out.printf(
          Locale.ROOT,
          "%-14s %8.3f %8s %7s %9.1f %9.1f %8.0f %8.0f %8.0f%n",
          label,
          alloc,
          ref == null ? "-" : String.format(Locale.ROOT, "%.2f", ref),
          ref == null ? "-" : String.format(Locale.ROOT, "%+.2f", alloc - ref),
          s.mean(s.fragRate90),
          s.mean(s.fragAmount90),
          s.mean(s.unscheduled),
          s.mean(s.cpuMillis),
          s.mean(s.wallMillis));
      means.put(label, Math.round(alloc * 100) / 100.0);
      plot.add(s.curve(label));
    }
    if (plotFile != null) {
      writePlot(plotFile, plot);
    }
    return means;
  }

  private static void writePlot(Path file, LinePlot plot) {
    try {
      Files.writeString(file, plot.toSvg());
      System.out.println("plot written to " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> allTraces(Path data) {
    try (Stream<Path> files = Files.list(data)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(f -> f.startsWith("openb_pod_list_") && f.endsWith(".csv"))
          .map(f -> f.substring("openb_pod_list_".length(), f.length() - ".csv".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Per-seed figures of one policy, in percent (and milliseconds per replay, JIT warm-up included).
   */
  private static final class Stats {
    final List<Double> alloc = new ArrayList<>();
    final List<Double> fragRate90 = new ArrayList<>();
    final List<Double> fragAmount90 = new ArrayList<>();
    final List<Double> unscheduled = new ArrayList<>();
    final List<Double> cpuMillis = new ArrayList<>();
    final List<Double> wallMillis = new ArrayList<>();
    final double[] curveSum = new double[PoolReplay.MAX_PERCENT + 1];
    final int[] curveCount = new int[PoolReplay.MAX_PERCENT + 1];

    void add(ReplayResult r, int checkpoint) {
      alloc.add(100 * r.at(checkpoint).allocation());
      fragRate90.add(100 * r.at(90).fragmentationRate());
      fragAmount90.add(100 * r.at(90).fragmentationAmount());
      unscheduled.add((double) r.unscheduled());
      cpuMillis.add(r.cpuNanos() / 1e6);
      wallMillis.add(r.elapsedNanos() / 1e6);
      for (int p = 0; p < curveSum.length; p++) {
        if (!Double.isNaN(r.curve()[p])) {
          curveSum[p] += 100 * r.curve()[p];
          curveCount[p]++;
        }
      }
    }

    /** The mean allocation curve over the seeds, in percent against arrived percent. */
    LinePlot.Series curve(String name) {
      double[] x = new double[curveSum.length];
      double[] y = new double[curveSum.length];
      for (int p = 0; p < x.length; p++) {
        x[p] = p;
        y[p] = curveCount[p] == 0 ? Double.NaN : curveSum[p] / curveCount[p];
      }
      return new LinePlot.Series(name, x, y);
    }

    double mean(List<Double> xs) {
      double sum = 0;
      for (double x : xs) {
        sum += x;
      }
      return xs.isEmpty() ? Double.NaN : sum / xs.size();
    }
  }
}
