package io.computility.sim.bench;

import io.computility.core.adapter.CenterDescription;
import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.DatasetLocation;
import io.computility.core.catalog.Image;
import io.computility.core.catalog.ResourceSpec;
import io.computility.core.center.Center;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.GeoPoint;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.center.NetworkLink;
import io.computility.core.job.Job;
import io.computility.core.job.JobRequirements;
import io.computility.core.job.JobStatePolicy;
import io.computility.core.job.TaskSpec;
import io.computility.core.resource.CardCatalogue;
import io.computility.core.resource.CardModel;
import io.computility.core.resource.Resources;
import io.computility.core.scheduling.ClusterView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded, synthetic federation for benchmarks: centers with random capacities, load, prices,
 * power, performance, security grades, regions, links to user regions and images, one dataset
 * stored in a few centers, and a pool of single-replica jobs with realistic requirements.
 */
public final class SyntheticFederation {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final int AREAS = 8;
  static final int CITIES = 4;
  static final int ORIGINS = 8;

  private final List<ClusterView.Entry> entries = new ArrayList<>();
  private final Map<String, ResourceSpec> specs = new HashMap<>();
  private final List<Image> images = new ArrayList<>();
  private final Map<String, Dataset> datasets = new HashMap<>();
  private final List<Job> jobs = new ArrayList<>();

  public SyntheticFederation(long seed, int centers, CardCatalogue cards) {
    Random rnd = new Random(seed);
    specs.put("gpu1", spec("gpu1", new Resources(8, 1, 0, 0, 65536, 100, 0), 12));
    specs.put("gpu8", spec("gpu8", new Resources(64, 8, 0, 0, 524288, 800, 0), 90));
    List<CardModel> models = new ArrayList<>(cards.all());
    for (int i = 0; i < centers; i++) entries.add(center(rnd, i, models));
    List<DatasetLocation> copies = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      int c = rnd.nextInt(centers);
      String id = "c" + c;
      String region = entries.get(c).description().center().region();
      copies.add(
          new DatasetLocation(
              "s3://" + id + "/imagenet",
              "r",
              id,
              0.8 + rnd.nextDouble() * 0.2,
              200 + rnd.nextInt(1800),
              8,
              rnd.nextInt(8),
              region + "/az" + rnd.nextInt(3),
              60 + rnd.nextInt(600)));
    }
    datasets.put("imagenet", new Dataset("imagenet", null, 150_000, "bench", copies, T0, T0));
    for (int j = 0; j < 64; j++) jobs.add(job(rnd, j));
  }

  private ClusterView.Entry center(Random rnd, int i, List<CardModel> models) {
    String id = "c" + i;
    String region = "area" + rnd.nextInt(AREAS) + "/city" + rnd.nextInt(CITIES);
    CenterStatus status = rnd.nextInt(100) < 95 ? CenterStatus.AVAILABLE : CenterStatus.UNAVAILABLE;
    long gpus = 64L << rnd.nextInt(5); // 64 .. 1024 cards
    long usedGpus = (long) (gpus * rnd.nextDouble() * 0.8);
    Resources total = new Resources(gpus * 16, gpus, 0, 0, gpus * 262_144, gpus * 2_000, 0);
    Resources used =
        new Resources(usedGpus * 8, usedGpus, 0, 0, usedGpus * 65_536, usedGpus * 100, 0);
    Resources free = total.minusClamped(used);
    int security = 1 + rnd.nextInt(5);
    Map<String, BigDecimal> prices = new HashMap<>();
    if (rnd.nextInt(10) < 7) prices.put("gpu1", BigDecimal.valueOf(6 + rnd.nextInt(12)));
    if (rnd.nextInt(10) < 7) prices.put("gpu8", BigDecimal.valueOf(50 + rnd.nextInt(90)));
    List<NetworkLink> links = new ArrayList<>();
    for (int o = 0; o < ORIGINS; o++) {
      if (rnd.nextInt(10) < 9) {
        links.add(
            new NetworkLink(
                "user" + o,
                2 + rnd.nextInt(120),
                100 + rnd.nextInt(9900),
                rnd.nextDouble() * 10,
                rnd.nextDouble() * 0.02));
      }
    }
    for (int a = 0; a < AREAS; a++) {
      links.add(new NetworkLink("area" + a, 5 + rnd.nextInt(60), 1000 + rnd.nextInt(9000), 1, 0));
    }
    String card = rnd.nextInt(10) < 8 ? models.get(rnd.nextInt(models.size())).model() : null;
    CenterProfile profile =
        new CenterProfile(
            id,
            prices,
            50 + rnd.nextInt(450),
            200 + rnd.nextInt(600),
            0.5 + rnd.nextDouble() * 1.5,
            security,
            card,
            links);
    if (rnd.nextInt(10) < 7) images.add(image("pytorch-2.3", id));
    if (rnd.nextInt(10) < 5) images.add(image("tensorflow-2.15", id));
    Center center =
        new Center(id, id, region, status, new GeoPoint(100 + rnd.nextDouble() * 20, 30), T0, T0);
    MonitoringSnapshot snap =
        new MonitoringSnapshot(id, id, rnd.nextInt(200), rnd.nextInt(50), used, free, security, T0);
    return new ClusterView.Entry(new CenterDescription(center, profile), snap);
  }

  private Job job(Random rnd, int j) {
    boolean big = rnd.nextInt(4) == 0;
    String image = rnd.nextBoolean() ? "pytorch-2.3" : "tensorflow-2.15";
    TaskSpec task = new TaskSpec(0, "train", "python train.py", image, big ? "gpu8" : "gpu1", 1);
    JobRequirements req =
        new JobRequirements(
            null,
            false,
            List.of(),
            1 + rnd.nextInt(3),
            rnd.nextBoolean() ? "imagenet" : null,
            "user" + rnd.nextInt(ORIGINS),
            60 + rnd.nextInt(60),
            200,
            600 + rnd.nextInt(7200),
            JobStatePolicy.DEFAULT,
            2,
            0);
    return new Job("job-" + j, "bench", "bench", "", "bench", List.of(task), req, T0);
  }

  private static ResourceSpec spec(String id, Resources r, double price) {
    return new ResourceSpec(
        id, id, Map.of(), r, "train", BigDecimal.valueOf(price), List.of(), T0, T0);
  }

  private static Image image(String name, String center) {
    return new Image(name + "@" + center, name, center, Map.of(), List.of(), List.of(), T0, T0);
  }

  /** A fresh view: every center back to its snapshot, caches empty. */
  public ClusterView view() {
    return new ClusterView(entries, specs, images, datasets);
  }

  public List<Job> jobs() {
    return jobs;
  }
}
