package io.computility.sim.bench;

import io.computility.core.job.Job;
import io.computility.core.resource.CardCatalogue;
import io.computility.core.scheduling.CandidateFilter;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.Placement;
import io.computility.core.scheduling.ReplicaRequest;
import io.computility.core.scheduling.SchedulingPipeline;
import io.computility.core.scheduling.SchedulingPolicy;
import io.computility.core.scheduling.TaskDemand;
import io.computility.core.scheduling.config.SchedulingComponents;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decision latency of the production {@link SchedulingPipeline} (JC-6.7) on 1,000 synthetic centers
 * with all twelve strategies weighted: one single-replica job per call, timed with System.nanoTime.
 * The view is rebuilt every {@value #CYCLE} decisions, as a scheduling cycle would, outside the
 * timed calls; the first decisions after a rebuild pay for the cold column caches and are measured
 * like the rest. Prints human lines, then one JSON line last.
 */
public final class FederationDecisionBench {

  static final int CENTERS = 1000;
  static final int CYCLE = 5_000;
  static final long SEED = 42;

  public static void main(String[] args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
    int cycle = args.length > 2 ? Integer.parseInt(args[2]) : CYCLE;
    CardCatalogue cards = CardCatalogue.defaults();
    SchedulingComponents components = SchedulingComponents.defaults(cards);
    SchedulingPolicy policy = allStrategies(components);
    SyntheticFederation federation = new SyntheticFederation(SEED, CENTERS, cards);
    SchedulingPipeline pipeline = components.pipeline();
    List<ReplicaRequest> pending = List.of(new ReplicaRequest(0, 0, null));

    System.out.printf(
        Locale.ROOT,
        "federation: %d centers, %d strategies, %d filters, %d candidates per decision on average%n",
        CENTERS,
        policy.weights().size(),
        components.filterChain().size(),
        meanCandidates(federation, components.filterChain()));
    run(federation, pipeline, policy, pending, new long[warmup], cycle);
    long[] latencies = new long[measured];
    long placed = 0;
    int rounds = 5;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    int perRound = measured / rounds;
    for (int r = 0; r < rounds; r++) {
      // Rounds only show how steady the machine was; the JSON line covers all of them.
      long[] round = new long[perRound];
      placed += run(federation, pipeline, policy, pending, round, cycle);
      System.arraycopy(round, 0, latencies, r * perRound, perRound);
      Stats s = Stats.of(round);
      System.out.printf(
          Locale.ROOT,
          "round %d: p50 %.1f us, p99 %.1f us, %.0f decisions/s%n",
          r + 1,
          s.p50,
          s.p99,
          s.perSec);
    }
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
    Stats all = Stats.of(Arrays.copyOf(latencies, perRound * rounds));
    double[] noise = MachineNoise.probe(200_000);
    System.out.printf(
        Locale.ROOT,
        "machine noise: a fixed %.1f us busy loop has p99 %.1f us on this machine right now%n",
        noise[0],
        noise[1]);
    // CPU time excludes the time other processes held the core: a steadier figure on a shared box.
    System.out.printf(
        Locale.ROOT,
        "cpu: %.1f us per decision (%.0f decisions per CPU-second, view rebuilds included); %s%n",
        cpuNanos / 1000.0 / (perRound * rounds),
        (perRound * rounds) / (cpuNanos / 1e9),
        load());
    System.out.printf(
        Locale.ROOT,
        "decisions: %d measured after %d warm-up, %d placed, view rebuilt every %d%n",
        perRound * rounds,
        warmup,
        placed,
        cycle);
    System.out.printf(
        Locale.ROOT,
        "latency: p50 %.1f us, p99 %.1f us, max %.1f us; %.0f decisions/s%n",
        all.p50,
        all.p99,
        all.max,
        all.perSec);
    System.out.printf(
        Locale.ROOT,
        "{\"bench\":\"federation\",\"centers\":%d,\"strategies\":%d,\"decisionsPerSec\":%.0f,"
            + "\"p50us\":%.1f,\"p99us\":%.1f}%n",
        CENTERS,
        policy.weights().size(),
        all.perSec,
        all.p50,
        all.p99);
  }

  /** Percentiles in microseconds; throughput as decisions over the summed decision time. */
  private record Stats(double p50, double p99, double max, double perSec) {
    static Stats of(long[] nanos) {
      long total = 0;
      for (long l : nanos) total += l;
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      return new Stats(
          sorted[n / 2] / 1000.0,
          sorted[(int) (n * 0.99)] / 1000.0,
          sorted[n - 1] / 1000.0,
          n / (total / 1e9));
    }
  }

  private static String load() {
    try {
      return "load average " + Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException | RuntimeException e) {
      return "load average unknown";
    }
  }

  /** Every registered strategy with a non-zero weight. */
  static SchedulingPolicy allStrategies(SchedulingComponents components) {
    Map<String, Double> w = new LinkedHashMap<>();
    double weight = 1;
    for (String id : components.registry().ids()) w.put(id, weight++);
    return components.validate(new SchedulingPolicy("bench-all", "every strategy", w));
  }

  private static long run(
      SyntheticFederation federation,
      SchedulingPipeline pipeline,
      SchedulingPolicy policy,
      List<ReplicaRequest> pending,
      long[] latencies,
      int cycle) {
    List<Job> jobs = federation.jobs();
    ClusterView view = federation.view();
    long placed = 0;
    for (int i = 0; i < latencies.length; i++) {
      if (i % cycle == 0 && i > 0) view = federation.view();
      Job job = jobs.get(i & (jobs.size() - 1));
      long start = System.nanoTime();
      Placement p = pipeline.schedule(job, pending, view, policy);
      latencies[i] = System.nanoTime() - start;
      if (p.kind() == Placement.Kind.PLACED) placed++;
    }
    return placed;
  }

  /** Centers that pass every filter, averaged over the job pool, on a fresh view. */
  private static long meanCandidates(SyntheticFederation f, List<CandidateFilter> filters) {
    ClusterView view = f.view();
    long sum = 0;
    for (Job job : f.jobs()) {
      TaskDemand d =
          new TaskDemand(
              job,
              job.tasks().get(0),
              0,
              view.spec(job.tasks().get(0).resourceSpecId()),
              view.dataset(job.requirements().dataset()),
              new int[1],
              0);
      int[] cand = new int[view.size()];
      for (int c = 0; c < cand.length; c++) cand[c] = c;
      int n = cand.length;
      for (CandidateFilter filter : filters) n = filter.retain(d, view, cand, n);
      sum += n;
    }
    return sum / f.jobs().size();
  }
}
