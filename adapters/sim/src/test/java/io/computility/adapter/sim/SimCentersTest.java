package io.computility.adapter.sim;

import static io.computility.core.job.JobStatus.COMPLETED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.computility.core.adapter.AdapterException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimCentersTest {

  @Test
  @DisplayName("JC-6.4 the factory builds centers on one scheduler and close() stops them all")
  void sharedScheduler(@TempDir Path dir) {
    var configs = List.of(Sim.config("bj", 2), Sim.config("sh", 4), Sim.config("gz", 8));
    SimCenters centers = SimCenters.create(configs, Sim.SCALE, dir);
    try (centers) {
      assertThat(centers.all()).extracting(SimCenter::centerId).containsExactly("bj", "sh", "gz");
      assertThat(centers.find("sh").orElseThrow().snapshot().free()).isEqualTo(Sim.gpus(4));
      assertThat(centers.find("xx")).isEmpty();
      for (SimCenter c : centers.all()) c.submit(Sim.launch("j", "sleep 3", 1));
      await()
          .atMost(Duration.ofSeconds(3))
          .until(
              () ->
                  centers.all().stream()
                      .allMatch(c -> c.status(Sim.key("j")).orElseThrow().status() == COMPLETED));
      assertThat(dir.resolve("bj.journal")).exists();
      assertThat(dir.resolve("gz.journal")).exists();
    }
    assertThat(centers.scheduler().isShutdown()).isTrue();
    assertThatThrownBy(() -> centers.all().get(0).snapshot())
        .isInstanceOfSatisfying(
            AdapterException.class, e -> assertThat(e.transientFailure()).isFalse());
  }

  @Test
  @DisplayName("JC-6.1.1 two configs with one center id are refused")
  void duplicateIds() {
    assertThatThrownBy(
            () -> SimCenters.create(List.of(Sim.config("bj", 1), Sim.config("bj", 2)), 1.0))
        .hasMessageContaining("duplicate center id bj");
  }
}
