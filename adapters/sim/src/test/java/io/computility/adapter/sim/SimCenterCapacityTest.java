package io.computility.adapter.sim;

import static io.computility.core.job.JobStatus.COMPLETED;
import static io.computility.core.job.JobStatus.PENDING;
import static io.computility.core.job.JobStatus.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.core.job.JobStatus;
import io.computility.core.resource.Resources;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SimCenterCapacityTest {
  private SimCenter center;

  @AfterEach
  void close() {
    if (center != null) center.close();
  }

  private JobStatus statusOf(String job) {
    return center.status(Sim.key(job)).orElseThrow().status();
  }

  @Test
  @DisplayName("JC-6.1.3 snapshot counts running and waiting tasks and used/free per resource")
  void snapshotWhileRunningAndQueueing() {
    var cfg = Sim.config("bj", 4).withTiming(Duration.ofSeconds(60), Duration.ZERO);
    center = SimCenter.builder(cfg).timeScale(Sim.SCALE).build();
    center.submit(Sim.launch("a", "sleep 1000", 2));
    center.submit(Sim.launch("b", "sleep 1000", 1));
    center.submit(Sim.launch("c", "sleep 1000", 2)); // 1 GPU free: waits
    center.submit(Sim.launch("d", "sleep 1", 1)); // FIFO: waits behind c

    var s = center.snapshot();
    assertThat(s.centerId()).isEqualTo("bj");
    assertThat(s.centerName()).isEqualTo("bj");
    assertThat(s.runningTaskNum()).isEqualTo(2);
    assertThat(s.waitingTaskNum()).isEqualTo(2);
    assertThat(s.used()).isEqualTo(Sim.gpus(3));
    assertThat(s.free()).isEqualTo(Sim.gpus(1));
    assertThat(s.total()).isEqualTo(Sim.gpus(4));
    assertThat(s.securityGrade()).isEqualTo(1);
    assertThat(s.utilisation()).isEqualTo(0.75);
    assertThat(statusOf("d")).isEqualTo(PENDING);
    assertThat(center.status(Sim.key("c")).orElseThrow().message())
        .isEqualTo("waiting for resources");

    center.stop(Sim.key("a")); // frees 2 GPUs: c starts, then d fits too
    assertThat(statusOf("c")).isEqualTo(RUNNING);
    assertThat(statusOf("d")).isEqualTo(RUNNING);
    s = center.snapshot();
    assertThat(s.runningTaskNum()).isEqualTo(3);
    assertThat(s.waitingTaskNum()).isZero();
    assertThat(s.used()).isEqualTo(Sim.gpus(4));
    assertThat(s.free()).isEqualTo(Resources.ZERO);

    await().atMost(Duration.ofSeconds(3)).until(() -> statusOf("d") == COMPLETED);
    assertThat(center.snapshot().used()).isEqualTo(Sim.gpus(3));
    assertThat(center.snapshot().runningTaskNum()).isEqualTo(2);
  }

  @Test
  @DisplayName("JC-6.1.3 a queued replica starts by itself once a running one completes")
  void queueDrainsOnCompletion() {
    center = SimCenter.builder(Sim.config("c", 1)).timeScale(Sim.SCALE).build();
    center.submit(Sim.launch("first", "sleep 30", 1));
    center.submit(Sim.launch("second", "sleep 30", 1));
    assertThat(center.snapshot().waitingTaskNum()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(3)).until(() -> statusOf("second") == COMPLETED);
    var first = center.status(Sim.key("first")).orElseThrow();
    var second = center.status(Sim.key("second")).orElseThrow();
    assertThat(second.startedAt()).isAfterOrEqualTo(first.finishedAt());
    assertThat(center.logs(Sim.key("second"))).contains("waiting for resources, position 1");
    var s = center.snapshot();
    assertThat(s.runningTaskNum() + s.waitingTaskNum()).isZero();
    assertThat(s.free()).isEqualTo(Sim.gpus(1));
  }

  @Test
  @DisplayName("JC-6.1.3 during the start delay a replica is waiting and holds no resources")
  void startDelayCountsAsWaiting() {
    var cfg = Sim.config("c", 2).withTiming(Duration.ofSeconds(1), Duration.ofSeconds(20));
    center = SimCenter.builder(cfg).timeScale(Sim.SCALE).build();
    Instant submitted = Instant.now();
    center.submit(Sim.launch("j", "sleep 1000", 2));
    var s = center.snapshot();
    assertThat(s.waitingTaskNum()).isEqualTo(1);
    assertThat(s.used()).isEqualTo(Resources.ZERO);
    await().atMost(Duration.ofSeconds(3)).until(() -> statusOf("j") == RUNNING);
    assertThat(center.snapshot().used()).isEqualTo(Sim.gpus(2));
    var started = center.status(Sim.key("j")).orElseThrow().startedAt();
    assertThat(Duration.between(submitted, started)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
  }
}
