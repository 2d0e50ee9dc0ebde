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

  /**
   * Defaults used by the CLI and the docs: 500 jobs, one every 25 s on average, which keeps the
   * example federation (592 GPUs) about 90 % busy.
   */
  public static WorkloadGenerator defaults() {
    return new WorkloadGenerator(500, 25, 0.2, 3600, 0.5, 4);
  }

  /** Datasets (name {@code ds<i>}, 1-100 GB) spread over the centers. */
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
      long sizeMb = 1024L * (1 + rnd.nextInt(100));
      out.add(new Dataset("ds" + d, null, sizeMb, "sim", copies, T0, T0));
    }
    return out;
  }

  /**
   * A workload from a CSV file ({@code arrival_s,spec,replicas,duration_s,dataset,min_security},
   * header first, dataset may be empty), for replaying a recorded trace instead of a generated one.
   */
  public static List<SimJob> read(List<String> lines) {
    List<SimJob> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("arrival")) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 6) {
        throw new IllegalArgumentException(
            "workload line "
                + (i + 1)
                + ": expected arrival_s,spec,replicas,duration_s,dataset,"
                + "min_security");
      }
      try {
        double t = Double.parseDouble(f[0].strip());
        out.add(
            job(
                i,
                t,
                f[1].strip(),
                Integer.parseInt(f[2].strip()),
                Long.parseLong(f[3].strip()),
                f[4].isBlank() ? null : f[4].strip(),
                Integer.parseInt(f[5].strip())));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("workload line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return out;
  }

  static SimJob job(
      int j, double t, String spec, int replicas, long duration, String dataset, int security) {
    JobRequirements req =
        new JobRequirements(
            null,
            true,
            List.of(),
            security,
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
    return new SimJob(new Job("job-" + j, "job-" + j, "sim", "", "sim", List.of(task), req, at), t);
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
      out.add(job(j, t, spec, replicas, duration, dataset, 1 + rnd.nextInt(3)));
    }
    return out;
  }
}
