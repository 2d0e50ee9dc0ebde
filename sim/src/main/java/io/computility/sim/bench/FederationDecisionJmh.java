package io.computility.sim.bench;

import io.computility.core.job.Job;
import io.computility.core.resource.CardCatalogue;
import io.computility.core.scheduling.Assignment;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.Placement;
import io.computility.core.scheduling.ReplicaRequest;
import io.computility.core.scheduling.SchedulingPipeline;
import io.computility.core.scheduling.SchedulingPolicy;
import io.computility.core.scheduling.config.SchedulingComponents;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH twin of {@link FederationDecisionBench}: one decision on 1,000 centers with every strategy.
 * Each call releases the replica it placed (O(1)) so the view stays stationary across iterations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FederationDecisionJmh {

  private SyntheticFederation federation;
  private SchedulingPipeline pipeline;
  private SchedulingPolicy policy;
  private ClusterView view;
  private final List<ReplicaRequest> pending = List.of(new ReplicaRequest(0, 0, null));
  private int next;

  @Setup
  public void setUp() {
    CardCatalogue cards = CardCatalogue.defaults();
    SchedulingComponents components = SchedulingComponents.defaults(cards);
    federation =
        new SyntheticFederation(
            FederationDecisionBench.SEED, FederationDecisionBench.CENTERS, cards);
    pipeline = components.pipeline();
    policy = FederationDecisionBench.allStrategies(components);
    view = federation.view();
  }

  @Benchmark
  public Placement decide() {
    List<Job> jobs = federation.jobs();
    Job job = jobs.get(next++ & (jobs.size() - 1));
    Placement p = pipeline.schedule(job, pending, view, policy);
    for (Assignment a : p.assignments()) {
      String spec = job.tasks().get(a.taskIndex()).resourceSpecId();
      view.release(view.indexOf(a.centerId()), view.spec(spec).resources());
    }
    return p;
  }
}
