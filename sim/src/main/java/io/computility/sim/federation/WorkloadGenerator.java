package io.computility.sim.federation;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.DatasetLocation;
import io.computility.core.job.Job;
import io.computility.core.job.JobRequirements;
import io.computility.core.job.JobStatePolicy;
import io.computility.core.job.TaskSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded federation workload: Poisson arrivals, a mix of one-card and eight-card specs, 1-4
 * replicas, exponential durations, and datasets of random sizes stored in one or two centers. The
 * same seed gives the same workload, so policies are compared on identical jobs.
 *
 * @param jobs number of jobs
 * @param meanInterarrivalSeconds mean gap between arrivals (Poisson process)
 * @param eightCardShare share of jobs on the eight-card spec
 * @param meanDurationSeconds mean nominal run time (exponential, at least 60 s)
 * @param datasetShare share of jobs that read a dataset
 * @param datasets how many datasets exist
 */
public record WorkloadGenerator(
    int jobs,
    double meanInterarrivalSeconds,
    double eightCardShare,
    double meanDurationSeconds,
    double datasetShare,
    int datasets) {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final String USERS = "users";

  /** Defaults used by the CLI and the docs: 500 jobs, one every 60 s on average. */
  public static WorkloadGenerator defaults() {
    return new WorkloadGenerator(500, 60, 0.2, 3600, 0.5, 4);
  }

  /** Datasets (name {@code ds<i>}, 1-200 GB) spread over the centers. */
  public List<Dataset> datasets(long seed, List<CentersFile.CenterSpec> centers) {
    SplittableRandom rnd = new SplittableRandom(seed ^ 0xDA7A);
    List<Dataset> out = new ArrayList<>();
    for (int d = 0; d < datasets; d++) {
      List<DatasetLocation> copies = new ArrayList<>();
      int n = 1 + rnd.nextInt(Math.min(2, centers.size()));
      for (int k = 0; k < n; k++) {
        CentersFile.CenterSpec c = centers.get(rnd.nextInt(centers.size()));
        if (copies.stream().noneMatch(l -> l.aiCenterId().equals(c.id()))) {
          copies.add(
              new DatasetLocation(
                  "s3://" + c.id() + "/ds" + d, "r", c.id(), 1.0, 0, 8, 0, c.region(), 0));
        }
      }
      long sizeMb = 1024L * (1 + rnd.nextInt(200));
      out.add(new Dataset("ds" + d, null, sizeMb, "sim", copies, T0, T0));
    }
    return out;
  }

  public List<SimJob> generate(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<SimJob> out = new ArrayList<>(jobs);
    double t = 0;
    for (int j = 0; j < jobs; j++) {
      t += -Math.log(1 - rnd.nextDouble()) * meanInterarrivalSeconds;
      String spec = rnd.nextDouble() < eightCardShare ? "gpu8" : "gpu1";
      int replicas = rnd.nextInt(10) < 7 ? 1 : 2 + rnd.nextInt(3);
      long duration =
          Math.max(60, Math.round(-Math.log(1 - rnd.nextDouble()) * meanDurationSeconds));
      String dataset =
          datasets > 0 && rnd.nextDouble() < datasetShare ? "ds" + rnd.nextInt(datasets) : null;
      JobRequirements req =
          new JobRequirements(
              null,
              true,
              List.of(),
              1 + rnd.nextInt(3),
              dataset,
              USERS,
              1_000,
              1,
              duration,
              JobStatePolicy.DEFAULT,
              0,
              0);
      TaskSpec task = new TaskSpec(0, "train", "python train.py", "pytorch", spec, replicas);
      Instant at = T0.plusMillis(Math.round(t * 1000));
      out.add(
          new SimJob(new Job("job-" + j, "job-" + j, "sim", "", "sim", List.of(task), req, at), t));
    }
    return out;
  }
}
