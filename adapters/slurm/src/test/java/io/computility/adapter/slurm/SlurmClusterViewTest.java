package io.computility.adapter.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.core.adapter.HpcQueue;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.job.JobStatus;
import io.computility.core.resource.Resources;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The resource view and the queues of a real Slurm cluster, and GPUs requested as gres. */
class SlurmClusterViewTest {
  private SlurmCenter slurm;

  @BeforeAll
  static void reachSlurm() {
    RealSlurm.require();
  }

  @BeforeEach
  void open() {
    slurm = new SlurmCenter(RealSlurm.config("slurm-view", RealSlurm.URL));
  }

  @AfterEach
  void close() {
    slurm.close();
  }

  @Test
  @DisplayName("NET-6.2 CMP-platform the resource view sums the nodes' CPUs, memory and GPU gres")
  void resourceViewFromNodes() {
    MonitoringSnapshot s = slurm.snapshot();
    Resources total = s.total();
    assertThat(total.cpu()).isPositive();
    assertThat(total.memoryMb()).isPositive();
    assertThat(total.gpu()).as("gres gpu:fake:1 of the node").isGreaterThanOrEqualTo(1);
    assertThat(s.centerId()).isEqualTo("slurm-view");
  }

  @Test
  @DisplayName(
      "JC-6.4 NET-6.2 a replica asking for a GPU gets it as gres; the view counts it as used")
  void gpuAsGres() {
    ReplicaKey key = new ReplicaKey("gpu-" + UUID.randomUUID().toString().substring(0, 8), 0, 0, 1);
    Resources ask = new Resources(1, 1, 0, 0, 64, 0, 0);
    long totalGpus = slurm.snapshot().total().gpu();
    slurm.submit(
        new ReplicaLaunch(
            key,
            "gpu",
            "nvidia-smi 2>/dev/null; sleep 600",
            RealSlurm.IMAGE,
            "gpu-1",
            ask,
            Map.of()));
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> slurm.status(key).map(r -> r.status() == JobStatus.RUNNING).orElse(false));
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                MonitoringSnapshot s = slurm.snapshot();
                assertThat(s.used().gpu()).isGreaterThanOrEqualTo(1);
                assertThat(s.free().gpu()).isEqualTo(totalGpus - s.used().gpu());
                assertThat(s.used().memoryMb()).isGreaterThanOrEqualTo(64);
              });
    } finally {
      slurm.stop(key);
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> slurm.status(key).map(r -> r.status() == JobStatus.STOPPED).orElse(false));
  }

  @Test
  @DisplayName(
      "CMP-hpcqueue partitions are queues: default, priority tier, max time, OverSubscribe, state")
  void partitionsAreQueues() {
    List<HpcQueue> queues = slurm.queues();
    assertThat(queues).extracting(HpcQueue::name).contains("debug", "batch", "maint");
    HpcQueue debug = byName(queues, "debug");
    HpcQueue batch = byName(queues, "batch");
    HpcQueue maint = byName(queues, "maint");
    assertThat(debug.defaultQueue()).isTrue();
    assertThat(batch.defaultQueue()).isFalse();
    assertThat(debug.maxTime()).isEqualTo(Duration.ofHours(1));
    assertThat(batch.maxTime()).isEqualTo(Duration.ofDays(2));
    assertThat(maint.maxTime()).as("INFINITE").isNull();
    assertThat(batch.priority()).isEqualTo(10);
    assertThat(debug.priority()).isEqualTo(1);
    assertThat(debug.state()).isEqualTo("UP");
    assertThat(maint.state()).isEqualTo("DRAIN");
    assertThat(maint.up()).isFalse();
    assertThat(batch.overSubscribe()).isEqualTo("FORCE:2");
    assertThat(debug.nodes()).isNotEmpty();
    assertThat(debug.totalCpus()).isPositive();
  }

  private static HpcQueue byName(List<HpcQueue> qs, String name) {
    return qs.stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
  }
}
