package io.computility.server.federation.simulation;

import io.computility.server.shared.loop.DaemonThreads;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.sim.federation.CentersFile;
import io.computility.sim.federation.WorkloadGenerator;
import io.computility.sim.run.InvalidSimulationException;
import io.computility.sim.run.SimulationRequest;
import io.computility.sim.run.SimulationRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Starts simulations: checks the input (4xx naming the field, nothing stored), stores the request,
 * then runs it on one background thread through the same {@link SimulationRunner} as the CLI and
 * stores the report. Simulations left RUNNING by a crash run again at start-up.
 */
@Service
public class SimulationService {

  private static final Logger LOG = LoggerFactory.getLogger(SimulationService.class);

  private final SimulationStore store;
  private final Clock clock;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(DaemonThreads.named("simulation"));

  public SimulationService(SimulationStore store) {
    this.store = store;
    this.clock = Clock.systemUTC();
  }

  public String start(SimulationInput input) {
    if (input == null) {
      throw new InvalidInputException("body", "a simulation request is required");
    }
    try (Inputs files = Inputs.write(input)) {
      SimulationRequest request = files.request(input).validate();
      SimulationRunner.checkPolicies(request);
      checkContent(request);
    } catch (InvalidSimulationException e) {
      throw new InvalidInputException(e.field(), e.getMessage());
    }
    String id = UUID.randomUUID().toString();
    store.insert(id, input, clock.instant());
    submit(id, input);
    return id;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void resumeInterrupted() {
    for (SimulationStore.Running r : store.running()) {
      LOG.info("simulation {} was interrupted; running it again", r.id());
      submit(r.id(), r.input());
    }
  }

  private void submit(String id, SimulationInput input) {
    worker.execute(
        () -> {
          try (Inputs files = Inputs.write(input)) {
            store.done(id, SimulationRunner.run(files.request(input)), clock.instant());
          } catch (RuntimeException e) {
            LOG.warn("simulation {} failed", id, e);
            store.failed(id, String.valueOf(e.getMessage()), clock.instant());
          }
        });
  }

  /** Parses the inline files once so that a malformed one is refused before anything is stored. */
  private static void checkContent(SimulationRequest r) {
    try {
      if (SimulationRequest.FEDERATION.equals(r.level())) {
        CentersFile.read(Path.of(r.centers()));
        if (r.trace() != null) {
          WorkloadGenerator.read(Files.readAllLines(Path.of(r.trace())));
        }
      } else {
        io.computility.sim.pool.OpenbTrace.readPods(Path.of(r.trace()));
        io.computility.sim.pool.OpenbTrace.readNodes(Path.of(r.nodes()));
      }
    } catch (InvalidSimulationException e) {
      throw e;
    } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
      String field =
          SimulationRequest.FEDERATION.equals(r.level())
              ? (String.valueOf(e.getMessage()).startsWith("workload") ? "trace" : "centers")
              : (String.valueOf(e.getMessage()).contains("node") ? "nodes" : "trace");
      throw new InvalidSimulationException(field, String.valueOf(e.getMessage()));
    }
  }

  /** The inline CSVs written to a temporary folder for the runner, removed afterwards. */
  private record Inputs(Path dir, String trace, String nodes, String centers)
      implements AutoCloseable {

    static Inputs write(SimulationInput in) {
      try {
        Path dir = Files.createTempDirectory("cty-sim");
        return new Inputs(
            dir,
            save(dir, "trace.csv", in.trace()),
            save(dir, "openb_node_list_gpu_node.csv", in.nodes()),
            save(dir, "centers.csv", in.centers()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String save(Path dir, String name, String content) throws IOException {
      return content == null || content.isBlank()
          ? null
          : Files.writeString(dir.resolve(name), content).toString();
    }

    SimulationRequest request(SimulationInput in) {
      if (SimulationRequest.POOL.equals(in.level()) && nodes == null) {
        throw new InvalidSimulationException("nodes", "the pool's node list is required");
      }
      return new SimulationRequest(
          in.level(),
          trace,
          nodes,
          centers,
          in.policies() == null ? List.of() : in.policies(),
          in.seeds() == null ? 1 : in.seeds(),
          in.arrived() == null ? 1.3 : in.arrived(),
          in.jobs() == null ? 500 : in.jobs(),
          in.seed() == null ? 1 : in.seed());
    }

    @Override
    public void close() {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        LOG.debug("could not remove {}", dir, e);
      }
    }
  }
}
