package io.computility.sim.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.DatasetLocation;
import io.computility.core.job.Job;
import io.computility.core.job.JobRequirements;
import io.computility.core.job.JobStatePolicy;
import io.computility.core.job.TaskSpec;
import io.computility.core.resource.CardCatalogue;
import io.computility.core.scheduling.config.SchedulingComponents;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Small federations whose every figure is worked out by hand in the comments. */
class FederationSimulatorTest {

  private static final SchedulingComponents COMPONENTS =
      SchedulingComponents.defaults(CardCatalogue.defaults());

  /** Two one-card centers; "a" is half the price of "b". */
  private static List<CentersFile.CenterSpec> twoCenters() {
    return CentersFile.parse(
        List.of(
            CentersFile.HEADER,
            "a,east,1,8,1.0,100,300,1.0,5,1000",
            "b,west,1,8,2.0,100,300,1.0,5,1000"));
  }

  private static SimJob job(String id, double at, long seconds, String dataset) {
    JobRequirements req =
        new JobRequirements(
            null,
            true,
            List.of(),
            1,
            dataset,
            "users",
            1_000,
            1,
            seconds,
            JobStatePolicy.DEFAULT,
            0,
            0);
    TaskSpec task = new TaskSpec(0, "train", "python train.py", "pytorch", "gpu1", 1);
    return new SimJob(
        new Job(id, id, "sim", "", "sim", List.of(task), req, WorkloadGenerator.T0), at);
  }

  @Test
  @DisplayName(
      "JC-6.6 cost-first on two one-card centers: wait, completion, cost, energy (formula 1),"
          + " utilisation and load variance by hand")
  void threeJobs() {
    FederationSimulator sim =
        new FederationSimulator(twoCenters(), List.of(), COMPONENTS.pipeline());
    // j1 (t=0, 100 s) -> a, the cheaper; j2 (t=10, 50 s) -> b, a is full; j3 (t=20, 10 s) waits
    // until b frees at 60, runs 60..70.
    FederationResult r =
        sim.run(
            List.of(job("j1", 0, 100, null), job("j2", 10, 50, null), job("j3", 20, 10, null)),
            COMPONENTS.policy("cost-first"));
    assertThat(r.completed()).isEqualTo(3);
    assertThat(r.rejected()).isZero();
    assertThat(r.meanWait()).isCloseTo(40 / 3.0, within(1e-9)); // waits 0, 0, 40
    assertThat(r.p95Wait()).isEqualTo(40);
    assertThat(r.meanCompletion()).isCloseTo(200 / 3.0, within(1e-9)); // 100, 50, 50
    // 1 * 100 s + 2 * 50 s + 2 * 10 s, per hour
    assertThat(r.costTotal()).isCloseTo(220 / 3600.0, within(1e-12));
    // no copy: 300 W * (100 + 50 + 10) s = 48 000 J
    assertThat(r.energyKwh()).isCloseTo(48_000 / 3.6e6, within(1e-12));
    assertThat(r.makespan()).isEqualTo(100);
    assertThat(r.utilisation()).isCloseTo(160 / 200.0, within(1e-12));
    // variance 0.25 while one center is busy (0..10 and 70..100), 0 while both are: 10 / 100
    assertThat(r.loadVariance()).isCloseTo(0.1, within(1e-12));
    assertThat(r.dataMovedGb()).isZero();
  }

  @Test
  @DisplayName(
      "JC-6.6 a job whose dataset sits in a full center is copied over the link: copy time and"
          + " data moved by hand")
  void datasetCopy() {
    Dataset ds =
        new Dataset(
            "ds0",
            null,
            1_000,
            "sim",
            List.of(new DatasetLocation("s3://a/ds0", "r", "a", 1.0, 0, 8, 0, "east", 0)),
            WorkloadGenerator.T0,
            WorkloadGenerator.T0);
    FederationSimulator sim =
        new FederationSimulator(twoCenters(), List.of(ds), COMPONENTS.pipeline());
    // j1 holds a for 100 s; j2 reads ds0 (stored at a) and must go to b: copy 1000 MB * 8 / 1000
    // Mbps = 8 s, then 50 s run: finishes at 10 + 58 = 68.
    FederationResult r =
        sim.run(
            List.of(job("j1", 0, 100, null), job("j2", 10, 50, "ds0")),
            COMPONENTS.policy("cost-first"));
    assertThat(r.completed()).isEqualTo(2);
    assertThat(r.dataMovedGb()).isCloseTo(1_000 / 1024.0, within(1e-12));
    assertThat(r.meanCompletion()).isCloseTo((100 + 58) / 2.0, within(1e-9));
    // formula 1: j1 300 * 100; j2 100 W * 8 s + 300 W * 50 s
    assertThat(r.energyKwh()).isCloseTo((30_000 + 800 + 15_000) / 3.6e6, within(1e-12));
  }
}
