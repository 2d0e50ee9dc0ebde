package io.computility.sim.run;

import io.computility.core.catalog.Dataset;
import io.computility.core.pool.NodeSpec;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.Pool;
import io.computility.core.pool.TargetWorkload;
import io.computility.core.pool.policy.Policies;
import io.computility.core.resource.CardCatalogue;
import io.computility.core.scheduling.SchedulingPolicy;
import io.computility.core.scheduling.config.SchedulingComponents;
import io.computility.sim.federation.CentersFile;
import io.computility.sim.federation.FederationResult;
import io.computility.sim.federation.FederationSimulator;
import io.computility.sim.federation.SimJob;
import io.computility.sim.federation.WorkloadGenerator;
import io.computility.sim.plot.LinePlot;
import io.computility.sim.pool.OpenbTrace;
import io.computility.sim.pool.PoolReplay;
import io.computility.sim.pool.ReplayResult;
import io.computility.sim.pool.WorkloadBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link SimulationRequest} and builds the comparison: the one entry point of the CLI
 * ({@code computility sim run}) and the REST API, so both show the same figures.
 */
public final class SimulationRunner {

  static final List<String> POOL_COLUMNS =
      List.of("allocation_pct", "frag_rate_90_pct", "unscheduled", "cpu_ms");
  static final List<String> FEDERATION_COLUMNS =
      List.of(
          "completed",
          "rejected",
          "mean_wait_s",
          "p95_wait_s",
          "mean_jct_s",
          "cost",
          "energy_kwh",
          "utilisation_pct",
          "load_variance",
          "data_moved_gb");

  private SimulationRunner() {}

  public static SimulationReport run(SimulationRequest r) {
    r.validate();
    return SimulationRequest.POOL.equals(r.level()) ? pool(r) : federation(r);
  }

  /**
   * Fails with a field-naming exception when a policy name is unknown at the request's level (pool:
   * {@link Policies#ALL}; federation: the built-in scheduling presets).
   */
  public static void checkPolicies(SimulationRequest r) {
    if (SimulationRequest.POOL.equals(r.level())) {
      for (String p : r.policies()) {
        if (Policies.ALL.stream().noneMatch(k -> k.equalsIgnoreCase(p))) {
          throw new InvalidSimulationException(
              "policies", "unknown pool policy " + p + "; known " + Policies.ALL);
        }
      }
    } else {
      SchedulingComponents components = SchedulingComponents.defaults(CardCatalogue.defaults());
      for (String p : r.policies()) {
        policyOrFail(() -> components.policy(p));
      }
    }
  }

  private static SimulationReport pool(SimulationRequest r) {
    Path trace = existing("trace", r.trace());
    Path nodeFile =
        r.nodes() == null || r.nodes().isBlank()
            ? trace.resolveSibling("openb_node_list_gpu_node.csv")
            : Path.of(r.nodes());
    List<NodeSpec> nodes = OpenbTrace.readNodes(existing("nodes", nodeFile.toString()));
    List<PodRequest> pods = OpenbTrace.readPods(trace);
    TargetWorkload target = TargetWorkload.of(pods);
    long capacity = new Pool(nodes).totalGpuMilli();
    int checkpoint = (int) Math.round(r.arrived() * 100);
    PoolReplay replay = new PoolReplay(nodes, target, 90, checkpoint);
    for (String p : r.policies()) {
      policyOrFail(() -> Policies.create(p, target, 0));
    }
    LinePlot plot =
        new LinePlot(
                "GPU allocation vs arrived workload: " + trace.getFileName(),
                "arrived GPU requests, % of capacity",
                "allocated GPUs, % of capacity")
            .range(0, checkpoint, 0, 100);
    List<SimulationReport.Row> rows = new ArrayList<>();
    for (String name : r.policies()) {
      double[] sums = new double[POOL_COLUMNS.size()];
      double[] curve = new double[PoolReplay.MAX_PERCENT + 1];
      int[] counts = new int[curve.length];
      String label = name;
      for (int i = 0; i < r.seeds(); i++) {
        long seed = 42 + i;
        List<PodRequest> arrivals = WorkloadBuilder.build(pods, capacity, r.arrived(), seed);
        ReplayResult res = replay.run(arrivals, Policies.create(name, target, seed), seed);
        label = res.policy();
        sums[0] += 100 * res.at(checkpoint).allocation();
        sums[1] += 100 * res.at(90).fragmentationRate();
        sums[2] += res.unscheduled();
        sums[3] += res.cpuNanos() / 1e6;
        for (int p = 0; p < curve.length; p++) {
          if (!Double.isNaN(res.curve()[p])) {
            curve[p] += 100 * res.curve()[p];
            counts[p]++;
          }
        }
      }
      rows.add(new SimulationReport.Row(label, figures(POOL_COLUMNS, sums, r.seeds())));
      double[] x = new double[curve.length];
      for (int p = 0; p < curve.length; p++) {
        x[p] = p;
        curve[p] = counts[p] == 0 ? Double.NaN : curve[p] / counts[p];
      }
      plot.add(new LinePlot.Series(label, x, curve));
    }
    return new SimulationReport(
        SimulationRequest.POOL, trace.getFileName().toString(), POOL_COLUMNS, rows, plot.toSvg());
  }

  private static SimulationReport federation(SimulationRequest r) {
    List<CentersFile.CenterSpec> centers = CentersFile.read(existing("centers", r.centers()));
    SchedulingComponents components = SchedulingComponents.defaults(CardCatalogue.defaults());
    List<SchedulingPolicy> policies = new ArrayList<>();
    for (String p : r.policies()) {
      policies.add(policyOrFail(() -> components.policy(p)));
    }
    WorkloadGenerator gen = WorkloadGenerator.defaults();
    LinePlot plot =
        new LinePlot(
            "Federation GPU utilisation over virtual time", "hours", "busy GPUs, % of federation");
    List<SimulationReport.Row> rows = new ArrayList<>();
    for (SchedulingPolicy policy : policies) {
      double[] sums = new double[FEDERATION_COLUMNS.size()];
      FederationResult first = null;
      for (int i = 0; i < r.seeds(); i++) {
        long seed = r.seed() + i;
        List<Dataset> datasets = gen.datasets(seed, centers);
        List<SimJob> jobs =
            r.trace() == null || r.trace().isBlank()
                ? new WorkloadGenerator(
                        r.jobs(),
                        gen.meanInterarrivalSeconds(),
                        gen.eightCardShare(),
                        gen.meanDurationSeconds(),
                        gen.datasetShare(),
                        gen.datasets())
                    .generate(seed)
                : WorkloadGenerator.read(lines(existing("trace", r.trace())));
        FederationResult res =
            new FederationSimulator(centers, datasets, components.pipeline()).run(jobs, policy);
        first = first == null ? res : first;
        double[] v = {
          res.completed(),
          res.rejected(),
          res.meanWait(),
          res.p95Wait(),
          res.meanCompletion(),
          res.costTotal(),
          res.energyKwh(),
          100 * res.utilisation(),
          res.loadVariance(),
          res.dataMovedGb()
        };
        for (int k = 0; k < v.length; k++) {
          sums[k] += v[k];
        }
      }
      rows.add(
          new SimulationReport.Row(policy.name(), figures(FEDERATION_COLUMNS, sums, r.seeds())));
      double[] y = first.curveUtilisation().clone();
      for (int k = 0; k < y.length; k++) {
        y[k] *= 100;
      }
      plot.add(new LinePlot.Series(policy.name(), first.curveHours(), y));
    }
    return new SimulationReport(
        SimulationRequest.FEDERATION,
        Path.of(r.centers()).getFileName().toString(),
        FEDERATION_COLUMNS,
        rows,
        plot.toSvg());
  }

  private static Map<String, Double> figures(List<String> columns, double[] sums, int n) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int k = 0; k < columns.size(); k++) {
      m.put(columns.get(k), sums[k] / n);
    }
    return m;
  }

  private interface Lookup<T> {
    T get();
  }

  private static <T> T policyOrFail(Lookup<T> lookup) {
    try {
      return lookup.get();
    } catch (RuntimeException e) {
      throw new InvalidSimulationException("policies", e.getMessage());
    }
  }

  private static Path existing(String field, String file) {
    Path p = Path.of(file);
    if (!Files.isRegularFile(p)) {
      throw new InvalidSimulationException(field, "no such file " + file);
    }
    return p;
  }

  private static List<String> lines(Path p) {
    try {
      return Files.readAllLines(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
