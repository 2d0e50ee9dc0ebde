package io.computility.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimRunCommandTest {

  private static final String CENTERS =
      "id,region,gpus,cpus,price_gpu_hour,static_w,exec_w,performance,security,bandwidth_mbps\n"
          + "a,east,1,8,1.0,100,300,1.0,5,1000\n"
          + "b,west,1,8,2.0,100,300,1.0,5,1000\n";

  @Test
  @DisplayName(
      "JC-6.6 sim run --level federation replays a workload file: table per policy and an SVG")
  void federation(@TempDir Path dir) throws Exception {
    Path centers = Files.writeString(dir.resolve("centers.csv"), CENTERS);
    // j1 0..100 on a (cheaper), j2 10..60 on b, j3 waits 20..60 then runs on b: mean wait 13.33
    Path trace =
        Files.writeString(
            dir.resolve("jobs.csv"),
            "arrival_s,spec,replicas,duration_s,dataset,min_security\n"
                + "0,gpu1,1,100,,1\n10,gpu1,1,50,,1\n20,gpu1,1,10,,1\n");
    Path plot = dir.resolve("fed.svg");
    CliRun run =
        CliRun.of(
            "sim",
            "run",
            "--level",
            "federation",
            "--centers",
            centers.toString(),
            "--trace",
            trace.toString(),
            "--policy",
            "cost-first",
            "--seeds",
            "1",
            "--plot",
            plot.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("mean_wait_s")
        .containsPattern("cost-first\\s+3\\.00\\s+0\\.00\\s+13\\.33\\s+40\\.00");
    assertThat(Files.readString(plot)).startsWith("<svg").contains("cost-first");
  }

  @Test
  @DisplayName("JC-6.6 sim run names the bad field and exits 2")
  void badInput(@TempDir Path dir) {
    CliRun run =
        CliRun.of(
            "sim",
            "run",
            "--level",
            "federation",
            "--centers",
            dir.resolve("none.csv").toString(),
            "--policy",
            "default");
    assertThat(run.code()).isEqualTo(ComputilityCli.USAGE);
    assertThat(run.err()).contains("centers: no such file");
    CliRun level = CliRun.of("sim", "run", "--level", "galaxy", "--policy", "x");
    assertThat(level.code()).isEqualTo(ComputilityCli.USAGE);
    assertThat(level.err()).contains("level: must be pool or federation");
  }
}
