package io.computility.server.cli;

import io.computility.sim.run.InvalidSimulationException;
import io.computility.sim.run.SimulationReport;
import io.computility.sim.run.SimulationRequest;
import io.computility.sim.run.SimulationRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code computility sim run}: replays a pod trace through the pool policies, or a workload through
 * the federation pipeline, prints one row per policy and writes the plot as SVG.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run a pool or federation simulation and compare policies.")
final class SimRunCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--level", required = true, description = "pool or federation")
  String level;

  @Option(
      names = "--trace",
      description = "pool: pod list CSV (openb format); federation: workload CSV (optional)")
  String trace;

  @Option(names = "--nodes", description = "pool: node list CSV (default: beside the trace)")
  String nodes;

  @Option(names = "--centers", description = "federation: centers CSV")
  String centers;

  @Option(
      names = "--policy",
      required = true,
      arity = "1..*",
      description =
          "policies to compare (pool: FragPack, FGD, BestFit, ...; federation: default,"
              + " cost-first, ...)")
  List<String> policies = new ArrayList<>();

  @Option(names = "--seeds", defaultValue = "3", description = "runs per policy (default 3)")
  int seeds;

  @Option(names = "--arrived", defaultValue = "1.3", description = "pool: arrived share to reach")
  double arrived;

  @Option(names = "--jobs", defaultValue = "500", description = "federation: generated jobs")
  int jobs;

  @Option(names = "--seed", defaultValue = "1", description = "federation: first workload seed")
  long seed;

  @Option(names = "--plot", description = "SVG file to write (default sim-<level>.svg)")
  Path plot;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    SimulationReport report;
    try {
      report =
          SimulationRunner.run(
              new SimulationRequest(
                  level, trace, nodes, centers, policies, seeds, arrived, jobs, seed));
    } catch (InvalidSimulationException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return ComputilityCli.USAGE;
    }
    List<String> header = new ArrayList<>(List.of("policy"));
    header.addAll(report.columns());
    Table table = new Table(header.toArray(new String[0]));
    for (SimulationReport.Row row : report.rows()) {
      List<Object> cells = new ArrayList<>(List.of(row.policy()));
      for (String c : report.columns()) {
        cells.add(String.format(Locale.ROOT, "%.2f", row.figures().get(c)));
      }
      table.row(cells.toArray());
    }
    out.println(report.level() + " simulation of " + report.subject() + ", " + seeds + " seed(s)");
    table.print(out);
    Path file = plot == null ? Path.of("sim-" + report.level() + ".svg") : plot;
    Files.writeString(file, report.svg());
    out.println("plot: " + file.toAbsolutePath());
    out.flush();
    return ComputilityCli.OK;
  }
}
