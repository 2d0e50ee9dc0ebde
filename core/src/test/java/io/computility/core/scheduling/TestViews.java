package io.computility.core.scheduling;

import io.computility.core.adapter.CenterDescription;
import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.DatasetLocation;
import io.computility.core.catalog.Image;
import io.computility.core.catalog.ResourceSpec;
import io.computility.core.center.Center;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.center.NetworkLink;
import io.computility.core.job.Job;
import io.computility.core.job.JobRequirements;
import io.computility.core.job.JobStatePolicy;
import io.computility.core.job.TaskSpec;
import io.computility.core.resource.Resources;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built cluster views and jobs for scheduling tests. */
public final class TestViews {
  private TestViews() {}

  public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** One GPU, 4 CPUs, 16000 MB: the spec every test job asks for unless told otherwise. */
  public static final Resources ONE_GPU = new Resources(4, 1, 0, 0, 16000, 0, 0);

  public static ResourceSpec spec(String id, Resources r, double listPrice, String... centers) {
    return new ResourceSpec(
        id, id, Map.of(), r, "train", BigDecimal.valueOf(listPrice), List.of(centers), T0, T0);
  }

  public static ViewBuilder view() {
    return new ViewBuilder();
  }

  /** A mutable center description with sensible defaults. */
  public static final class CenterBuilder {
    final String id;
    String region = "cn-east/sh";
    CenterStatus status = CenterStatus.AVAILABLE;
    long freeGpus = 8;
    long totalGpus = 8;
    int running;
    int waiting;
    int security = 3;
    double performance = 1;
    double staticWatts = 100;
    double execWatts = 300;
    String cardModel;
    boolean monitored = true;
    final List<NetworkLink> links = new ArrayList<>();
    final Map<String, BigDecimal> prices = new HashMap<>();

    CenterBuilder(String id) {
      this.id = id;
    }

    public CenterBuilder region(String r) {
      region = r;
      return this;
    }

    public CenterBuilder status(CenterStatus s) {
      status = s;
      return this;
    }

    public CenterBuilder gpus(long free, long total) {
      freeGpus = free;
      totalGpus = total;
      return this;
    }

    public CenterBuilder load(int run, int wait) {
      running = run;
      waiting = wait;
      return this;
    }

    public CenterBuilder security(int grade) {
      security = grade;
      return this;
    }

    public CenterBuilder performance(double p) {
      performance = p;
      return this;
    }

    public CenterBuilder power(double staticW, double execW) {
      staticWatts = staticW;
      execWatts = execW;
      return this;
    }

    /** The center has not reported a monitoring snapshot yet. */
    public CenterBuilder unmonitored() {
      monitored = false;
      return this;
    }

    public CenterBuilder card(String model) {
      cardModel = model;
      return this;
    }

    public CenterBuilder price(String specId, double p) {
      prices.put(specId, BigDecimal.valueOf(p));
      return this;
    }

    public CenterBuilder link(
        String toRegion, double latency, double bandwidth, double jitter, double loss) {
      links.add(new NetworkLink(toRegion, latency, bandwidth, jitter, loss));
      return this;
    }

    ClusterView.Entry entry() {
      Resources free = new Resources(4 * freeGpus, freeGpus, 0, 0, 16000 * freeGpus, 0, 0);
      Resources total = new Resources(4 * totalGpus, totalGpus, 0, 0, 16000 * totalGpus, 0, 0);
      Resources used =
          new Resources(
              total.cpu() - free.cpu(),
              total.gpu() - free.gpu(),
              0,
              0,
              total.memoryMb() - free.memoryMb(),
              0,
              0);
      Center center = new Center(id, id, region, status, null, T0, T0);
      CenterProfile profile =
          new CenterProfile(
              id, prices, staticWatts, execWatts, performance, security, cardModel, links);
      MonitoringSnapshot snap =
          new MonitoringSnapshot(id, id, running, waiting, used, free, security, T0);
      return new ClusterView.Entry(new CenterDescription(center, profile), monitored ? snap : null);
    }
  }

  /** Builds a view: centers in registration order, specs, images and datasets. */
  public static final class ViewBuilder {
    private final Map<String, CenterBuilder> centers = new LinkedHashMap<>();
    private final Map<String, ResourceSpec> specs = new HashMap<>();
    private final List<Image> images = new ArrayList<>();
    private final Map<String, Dataset> datasets = new HashMap<>();

    public ViewBuilder() {
      spec(TestViews.spec("gpu1", ONE_GPU, 10));
    }

    public CenterBuilder center(String id) {
      return centers.computeIfAbsent(id, CenterBuilder::new);
    }

    public ViewBuilder centers(String... ids) {
      for (String id : ids) center(id);
      return this;
    }

    public ViewBuilder spec(ResourceSpec s) {
      specs.put(s.resourceSpecId(), s);
      return this;
    }

    public ViewBuilder image(String centerId, String name) {
      images.add(
          new Image(name + "@" + centerId, name, centerId, Map.of(), List.of(), List.of(), T0, T0));
      return this;
    }

    public ViewBuilder dataset(Dataset d) {
      datasets.put(d.dataName(), d);
      return this;
    }

    public ClusterView build() {
      List<ClusterView.Entry> entries = new ArrayList<>();
      for (CenterBuilder c : centers.values()) entries.add(c.entry());
      return new ClusterView(entries, specs, images, datasets);
    }
  }

  public static DatasetLocation location(
      String center,
      String topology,
      double success,
      double rateMbps,
      int limit,
      int current,
      double costSeconds) {
    return new DatasetLocation(
        "s3://" + center + "/data",
        "r",
        center,
        success,
        rateMbps,
        limit,
        current,
        topology,
        costSeconds);
  }

  public static Dataset dataset(String name, long sizeMb, DatasetLocation... locations) {
    return new Dataset(name, null, sizeMb, "alice", List.of(locations), T0, T0);
  }

  /** Requirements with withers, starting from the defaults. */
  public static final class Req {
    public boolean allOrNothing;
    public List<String> pinned = List.of();
    public int minSecurity;
    public String dataset;
    public String origin;
    public double maxLatency;
    public double minBandwidth;
    public long duration = 3600;
    public JobStatePolicy statePolicy = JobStatePolicy.DEFAULT;
    public int maxRetries;

    public JobRequirements build() {
      return new JobRequirements(
          null,
          allOrNothing,
          pinned,
          minSecurity,
          dataset,
          origin,
          maxLatency,
          minBandwidth,
          duration,
          statePolicy,
          maxRetries,
          0);
    }
  }

  public static Req req() {
    return new Req();
  }

  public static Job job(Req r, int replicas) {
    return job(r, replicas, null);
  }

  public static Job job(Req r, int replicas, String image) {
    TaskSpec task = new TaskSpec(0, "train", "python train.py", image, "gpu1", replicas);
    return new Job("job-1", "job", "alice", "", "alice", List.of(task), r.build(), T0);
  }

  public static List<ReplicaRequest> replicas(int n) {
    List<ReplicaRequest> l = new ArrayList<>();
    for (int i = 0; i < n; i++) l.add(new ReplicaRequest(0, i, null));
    return l;
  }

  /** The demand of replica 0 of the job's only task, as the pipeline would build it. */
  public static TaskDemand demand(Job job, ClusterView view) {
    Dataset d = view.dataset(job.requirements().dataset());
    TaskSpec t = job.tasks().get(0);
    return new TaskDemand(job, t, 0, view.spec(t.resourceSpecId()), d, new int[8], 0);
  }

  /** Every center of the view as candidates, in registration order. */
  public static int[] all(ClusterView view) {
    int[] c = new int[view.size()];
    for (int i = 0; i < c.length; i++) c[i] = i;
    return c;
  }
}
