package io.computility.sim.federation;

import io.computility.core.adapter.CenterDescription;
import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.Image;
import io.computility.core.catalog.ResourceSpec;
import io.computility.core.center.Center;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.GeoPoint;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.center.NetworkLink;
import io.computility.core.resource.Resources;
import io.computility.core.scheduling.Assignment;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.Placement;
import io.computility.core.scheduling.ReplicaRequest;
import io.computility.core.scheduling.SchedulingPipeline;
import io.computility.core.scheduling.SchedulingPolicy;
import io.computility.core.scheduling.strategy.LowestEnergyStrategy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Discrete-event simulation of a federation on a virtual clock. Events are job arrivals and replica
 * completions; after the events of each instant, the waiting jobs are offered, oldest first, to the
 * production {@link SchedulingPipeline} over a {@link ClusterView} of the centers' current free
 * capacity, exactly as the server's scheduling cycle does. A placed replica starts at once, copies
 * its dataset for the plan's estimated seconds, runs for its nominal time divided by the center's
 * performance factor, then frees its resources. Nothing here decides placement.
 */
public final class FederationSimulator {

  static final Instant T0 = WorkloadGenerator.T0;

  /** Per-card spec sizes: the two specs every simulated center offers. */
  static final Map<String, Resources> SPECS =
      Map.of(
          "gpu1", new Resources(8, 1, 0, 0, 65_536, 100, 0),
          "gpu8", new Resources(64, 8, 0, 0, 524_288, 800, 0));

  private final List<CentersFile.CenterSpec> centers;
  private final List<Dataset> datasets;
  private final SchedulingPipeline pipeline;
  private final Map<String, ResourceSpec> specs = new HashMap<>();
  private final List<Image> images = new ArrayList<>();

  public FederationSimulator(
      List<CentersFile.CenterSpec> centers, List<Dataset> datasets, SchedulingPipeline pipeline) {
    this.centers = List.copyOf(centers);
    this.datasets = List.copyOf(datasets);
    this.pipeline = pipeline;
    SPECS.forEach(
        (id, r) ->
            specs.put(
                id,
                new ResourceSpec(id, id, Map.of(), r, "train", BigDecimal.ONE, List.of(), T0, T0)));
    for (CentersFile.CenterSpec c : centers) {
      images.add(
          new Image(
              "pytorch@" + c.id(), "pytorch", c.id(), Map.of(), List.of(), List.of(), T0, T0));
    }
  }

  private record Event(double at, int order, SimJob arrival, Running finish) {}

  private record Running(int center, Resources resources) {}

  public FederationResult run(List<SimJob> jobs, SchedulingPolicy policy) {
    State s = new State(centers.size());
    PriorityQueue<Event> events =
        new PriorityQueue<>(
            (a, b) ->
                a.at != b.at ? Double.compare(a.at, b.at) : Integer.compare(a.order, b.order));
    int order = 0;
    for (SimJob j : jobs) {
      events.add(new Event(j.arrivalSeconds(), order++, j, null));
    }
    LinkedList<SimJob> waiting = new LinkedList<>();
    Metrics m = new Metrics(centers);
    while (!events.isEmpty()) {
      double now = events.peek().at;
      m.advance(now, s);
      while (!events.isEmpty() && events.peek().at == now) {
        Event e = events.poll();
        if (e.arrival != null) {
          waiting.add(e.arrival);
        } else {
          s.release(e.finish.center, e.finish.resources);
        }
      }
      ClusterView view = view(s, waiting.size());
      for (var it = waiting.iterator(); it.hasNext(); ) {
        SimJob job = it.next();
        Placement p = pipeline.schedule(job.job(), pending(job), view, policy);
        if (p.kind() == Placement.Kind.REJECTED) {
          m.rejected++;
          it.remove();
        } else if (p.kind() == Placement.Kind.PLACED && p.unplaced().isEmpty()) {
          it.remove();
          double finish = start(job, p, view, s, m, now);
          for (Assignment a : p.assignments()) {
            int c = view.indexOf(a.centerId());
            Resources r = SPECS.get(job.job().tasks().get(a.taskIndex()).resourceSpecId());
            events.add(new Event(finishOf(job, a, view, now), order++, null, new Running(c, r)));
          }
          m.completion(finish - job.arrivalSeconds());
        }
      }
    }
    return m.result(policy.name(), waiting.size());
  }

  private double start(SimJob job, Placement p, ClusterView view, State s, Metrics m, double now) {
    m.waits.add(now - job.arrivalSeconds());
    double finish = now;
    for (Assignment a : p.assignments()) {
      int c = view.indexOf(a.centerId());
      String specId = job.job().tasks().get(a.taskIndex()).resourceSpecId();
      Resources r = SPECS.get(specId);
      s.reserve(c, r);
      double copy = a.transfer() == null ? 0 : a.transfer().estimatedSeconds();
      double nominal = job.job().requirements().expectedDurationSeconds();
      double run = nominal / centers.get(c).performance();
      finish = Math.max(finish, now + copy + run);
      m.cost += centers.get(c).priceGpuHour() * r.gpu() * run / 3600;
      m.energyJoules += LowestEnergyStrategy.energyJoules(view, c, copy, nominal) * r.gpu();
      if (copy > 0) {
        m.dataMovedMb += a.transfer().sizeMb();
      }
    }
    return finish;
  }

  private double finishOf(SimJob job, Assignment a, ClusterView view, double now) {
    int c = view.indexOf(a.centerId());
    double copy = a.transfer() == null ? 0 : a.transfer().estimatedSeconds();
    return now
        + copy
        + job.job().requirements().expectedDurationSeconds() / centers.get(c).performance();
  }

  private static List<ReplicaRequest> pending(SimJob job) {
    List<ReplicaRequest> out = new ArrayList<>();
    for (int t = 0; t < job.job().tasks().size(); t++) {
      for (int r = 0; r < job.job().tasks().get(t).replicaNumber(); r++) {
        out.add(new ReplicaRequest(t, r, null));
      }
    }
    return out;
  }

  /** The centers as the scheduler sees them now: declared profile plus current free capacity. */
  private ClusterView view(State s, int waiting) {
    List<ClusterView.Entry> entries = new ArrayList<>();
    for (int i = 0; i < centers.size(); i++) {
      CentersFile.CenterSpec c = centers.get(i);
      List<NetworkLink> links = new ArrayList<>();
      links.add(new NetworkLink(WorkloadGenerator.USERS, 20, c.bandwidthMbps(), 1, 0));
      for (CentersFile.CenterSpec o : centers) {
        if (links.stream().noneMatch(l -> l.region().equals(o.region()))) {
          boolean local = o.region().equals(c.region());
          double mbps = Math.min(c.bandwidthMbps(), o.bandwidthMbps()) * (local ? 4 : 1);
          links.add(new NetworkLink(o.region(), local ? 2 : 30, mbps, 1, 0));
        }
      }
      Map<String, BigDecimal> prices = new HashMap<>();
      SPECS.forEach((id, r) -> prices.put(id, BigDecimal.valueOf(c.priceGpuHour() * r.gpu())));
      CenterProfile profile =
          new CenterProfile(
              c.id(),
              prices,
              c.staticWatts(),
              c.execWatts(),
              c.performance(),
              c.security(),
              null,
              links);
      Center center =
          new Center(
              c.id(), c.id(), c.region(), CenterStatus.AVAILABLE, new GeoPoint(0, 0), T0, T0);
      Resources total = s.total(c);
      Resources used = s.used[i];
      MonitoringSnapshot snap =
          new MonitoringSnapshot(
              c.id(),
              c.id(),
              s.running[i],
              i == 0 ? waiting : 0,
              used,
              total.minusClamped(used),
              c.security(),
              T0);
      entries.add(new ClusterView.Entry(new CenterDescription(center, profile), snap));
    }
    Map<String, Dataset> byName = new HashMap<>();
    for (Dataset d : datasets) {
      byName.put(d.dataName(), d);
    }
    return new ClusterView(entries, specs, images, byName);
  }

  /** Resources in use per center. */
  private final class State {
    final Resources[] used;
    final int[] running;

    State(int n) {
      used = new Resources[n];
      running = new int[n];
      java.util.Arrays.fill(used, Resources.ZERO);
    }

    Resources total(CentersFile.CenterSpec c) {
      return new Resources(c.cpus(), c.gpus(), 0, 0, c.gpus() * 131_072L, c.gpus() * 1_000L, 0);
    }

    void reserve(int c, Resources r) {
      used[c] = used[c].plus(r);
      running[c]++;
    }

    void release(int c, Resources r) {
      used[c] = used[c].minusClamped(r);
      running[c]--;
    }

    double gpuShare(int c) {
      return used[c].gpu() / (double) centers.get(c).gpus();
    }
  }

  /** Running totals of the figures of a {@link FederationResult}. */
  private final class Metrics {
    final List<Double> waits = new ArrayList<>();
    final List<Double> completions = new ArrayList<>();
    final List<double[]> curve = new ArrayList<>();
    final long totalGpus;
    int rejected;
    double cost;
    double energyJoules;
    double dataMovedMb;
    double busyGpuSeconds;
    double varianceTime;
    double last;
    double lastCompletion;

    Metrics(List<CentersFile.CenterSpec> cs) {
      totalGpus = cs.stream().mapToLong(CentersFile.CenterSpec::gpus).sum();
    }

    void advance(double now, State s) {
      double dt = now - last;
      if (dt > 0) {
        double sum = 0;
        double sq = 0;
        long busy = 0;
        for (int c = 0; c < centers.size(); c++) {
          double u = s.gpuShare(c);
          sum += u;
          sq += u * u;
          busy += s.used[c].gpu();
        }
        int n = centers.size();
        double mean = sum / n;
        varianceTime += (sq / n - mean * mean) * dt;
        busyGpuSeconds += busy * dt;
        if (busy > 0) {
          lastCompletion = now;
        }
      }
      long busyNow = 0;
      for (int c = 0; c < centers.size(); c++) {
        busyNow += s.used[c].gpu();
      }
      curve.add(new double[] {now / 3600, busyNow / (double) totalGpus});
      last = now;
    }

    void completion(double jct) {
      completions.add(jct);
    }

    FederationResult result(String policy, int unfinished) {
      double span = lastCompletion;
      return new FederationResult(
          policy,
          completions.size(),
          rejected,
          unfinished,
          mean(waits),
          percentile(waits, 0.95),
          mean(completions),
          cost,
          energyJoules / 3.6e6,
          span == 0 ? 0 : busyGpuSeconds / (totalGpus * span),
          span == 0 ? 0 : varianceTime / span,
          dataMovedMb / 1024,
          span,
          curve.stream().mapToDouble(p -> p[0]).toArray(),
          curve.stream().mapToDouble(p -> p[1]).toArray());
    }
  }

  static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /** Nearest-rank percentile. */
  static double percentile(List<Double> xs, double q) {
    if (xs.isEmpty()) {
      return 0;
    }
    double[] v = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int rank = (int) Math.ceil(q * v.length);
    return v[Math.max(0, rank - 1)];
  }
}
