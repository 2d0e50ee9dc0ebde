package io.computility.adapter.sim;

import static io.computility.core.job.JobStatus.COMPLETED;
import static io.computility.core.job.JobStatus.FAILED;
import static io.computility.core.job.JobStatus.PENDING;
import static io.computility.core.job.JobStatus.RUNNING;
import static io.computility.core.job.JobStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.job.JobStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SimCenterRunTest {
  private final Sim.Events events = new Sim.Events();
  private SimCenter center;

  private SimCenter center(SimCenterConfig config) {
    center = SimCenter.builder(config).timeScale(Sim.SCALE).listener(events).build();
    return center;
  }

  @AfterEach
  void close() {
    if (center != null) center.close();
  }

  private JobStatus statusOf(ReplicaKey key) {
    return center.status(key).orElseThrow().status();
  }

  @Test
  @DisplayName("JC-6.4 a replica goes pending -> running -> completed, in that order, once each")
  void lifecycleOrder() {
    SimCenter c = center(Sim.config("c", 8));
    ReplicaLaunch l = Sim.launch("j1", "sleep 5", 1);
    c.submit(l);
    await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(l.key()) == COMPLETED);
    await().until(() -> events.of(l.key()).size() == 3);
    assertThat(events.of(l.key())).containsExactly(PENDING, RUNNING, COMPLETED);
    var s = c.status(l.key()).orElseThrow();
    assertThat(s.message()).isEqualTo("exit code 0");
    assertThat(s.externalId()).startsWith("sim-c-");
    assertThat(Duration.between(s.startedAt(), s.finishedAt()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(45));
    assertThat(events.all).allSatisfy(e -> assertThat(e.centerId()).isEqualTo("c"));
  }

  @Test
  @DisplayName("JC-6.6.1 a faster center (performanceFactor 4) finishes the same sleep first")
  void performanceFactorScalesDuration() {
    SimCenter slow = center(Sim.config("slow", 8));
    try (SimCenter fast =
        SimCenter.builder(Sim.config("fast", 8).withPerformanceFactor(4))
            .timeScale(Sim.SCALE)
            .build()) {
      ReplicaLaunch l = Sim.launch("j", "sleep 200", 1);
      slow.submit(l);
      fast.submit(l);
      await()
          .atMost(Duration.ofSeconds(3))
          .until(() -> fast.status(l.key()).orElseThrow().status() == COMPLETED);
      assertThat(statusOf(l.key())).isEqualTo(RUNNING);
      var f = fast.status(l.key()).orElseThrow();
      assertThat(Duration.between(f.startedAt(), f.finishedAt()))
          .isGreaterThanOrEqualTo(Duration.ofMillis(495));
      assertThat(fast.logs(l.key())).contains("run time 50.000 s");
      assertThat(slow.logs(l.key())).contains("run time 200.000 s");
      await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(l.key()) == COMPLETED);
    }
  }

  @Test
  @DisplayName("JC-6.4 exit 3 fails with code 3; 'fail' fails after its run; both emit FAILED")
  void failures() {
    SimCenter c = center(Sim.config("c", 8));
    ReplicaLaunch exit = Sim.launch("exit", "python a.py; exit 3", 1);
    ReplicaLaunch fail = Sim.launch("fail", "sleep 100; fail", 1);
    c.submit(exit);
    c.submit(fail);
    await().atMost(Duration.ofSeconds(3)).until(() -> statusOf(exit.key()) == FAILED);
    assertThat(c.status(exit.key()).orElseThrow().message()).startsWith("exit code 3");
    assertThat(statusOf(fail.key())).isEqualTo(RUNNING);
    await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(fail.key()) == FAILED);
    assertThat(c.status(fail.key()).orElseThrow().message()).startsWith("exit code 1");
    await().until(() -> events.of(fail.key()).size() == 3);
    assertThat(events.of(fail.key())).containsExactly(PENDING, RUNNING, FAILED);
  }

  @Test
  @DisplayName("JC-6.4 seeded failure probability gives the same outcomes on two equal centers")
  void probabilityIsReproducible() {
    SimCenterConfig cfg =
        Sim.config("p", 64)
            .withFailure(new FailureInjection(0.5, 42, null))
            .withTiming(Duration.ofSeconds(1), Duration.ZERO);
    SimCenter a = center(cfg);
    try (SimCenter b = SimCenter.builder(cfg).timeScale(Sim.SCALE).build()) {
      for (int i = 0; i < 20; i++) {
        a.submit(Sim.launch("j" + i, "train", 1));
        b.submit(Sim.launch("j" + i, "train", 1));
      }
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> a.snapshot().runningTaskNum() == 0 && b.snapshot().runningTaskNum() == 0);
      var outcomesA = new StringBuilder();
      var outcomesB = new StringBuilder();
      for (int i = 0; i < 20; i++) {
        outcomesA.append(a.status(Sim.key("j" + i)).orElseThrow().status().name().charAt(0));
        outcomesB.append(b.status(Sim.key("j" + i)).orElseThrow().status().name().charAt(0));
      }
      assertThat(outcomesA.toString()).isEqualTo(outcomesB.toString()).contains("F", "C");
    }
  }

  @Test
  @DisplayName("JC-6.4 submit is idempotent on ReplicaKey: the same key twice starts once")
  void idempotentSubmit() {
    SimCenter c = center(Sim.config("c", 8));
    ReplicaLaunch l = Sim.launch("j", "sleep 1000", 1);
    var first = c.submit(l);
    var second =
        c.submit(
            new ReplicaLaunch(l.key(), "other", "exit 9", "img-pt", "s", Sim.gpus(2), Map.of()));
    assertThat(second.externalId()).isEqualTo(first.externalId());
    assertThat(second.status()).isEqualTo(RUNNING);
    assertThat(c.starts(l.key())).isEqualTo(1);
    assertThat(c.snapshot().runningTaskNum()).isEqualTo(1);
    assertThat(c.snapshot().used()).isEqualTo(Sim.gpus(1));
    assertThat(events.of(l.key())).containsExactly(PENDING, RUNNING);
  }

  @Test
  @DisplayName("JC-6.4 stop ends a running or queued replica with STOPPED; ended ones stay")
  void stop() {
    SimCenter c = center(Sim.config("c", 1));
    ReplicaLaunch run = Sim.launch("run", "sleep 1000", 1);
    ReplicaLaunch queued = Sim.launch("queued", "sleep 1000", 1);
    c.submit(run);
    c.submit(queued);
    c.stop(queued.key());
    assertThat(statusOf(queued.key())).isEqualTo(STOPPED);
    assertThat(c.snapshot().waitingTaskNum()).isZero();
    c.stop(run.key());
    assertThat(statusOf(run.key())).isEqualTo(STOPPED);
    assertThat(c.snapshot().used()).isEqualTo(io.computility.core.resource.Resources.ZERO);
    c.stop(run.key());
    c.stop(Sim.key("unknown"));
    assertThat(events.of(run.key())).containsExactly(PENDING, RUNNING, STOPPED);
    assertThat(events.of(queued.key())).containsExactly(PENDING, STOPPED);
    assertThat(c.starts(queued.key())).isZero();
  }

  @Test
  @DisplayName("JC-6.4 the operator can fail a running replica; waiting ones are not touched")
  void injectFailureOfRunning() {
    SimCenter c = center(Sim.config("c", 1));
    ReplicaLaunch run = Sim.launch("run", "sleep 1000", 1);
    ReplicaLaunch queued = Sim.launch("queued", "sleep 1000", 1);
    c.submit(run);
    c.submit(queued);
    assertThat(c.injectFailureOfRunning(queued.key())).isFalse();
    assertThat(c.injectFailureOfRunning(run.key())).isTrue();
    assertThat(c.status(run.key()).orElseThrow().message()).startsWith("exit code 137");
    assertThat(statusOf(queued.key())).isEqualTo(RUNNING);
  }

  @Test
  @DisplayName("JC-6.4 the log shows center, image, command, resources, progress and exit")
  void logs() {
    SimCenter c = center(Sim.config("bj", 8));
    ReplicaLaunch l = Sim.launch("j", "python train.py; sleep 8", 2);
    c.submit(l);
    await().atMost(Duration.ofSeconds(3)).until(() -> statusOf(l.key()) == COMPLETED);
    String log = c.logs(l.key());
    assertThat(log)
        .contains("[sim:bj]", "accepted replica j/0/0/1", "image img-pt (pytorch:2.3-cuda12)")
        .contains("command: python train.py; sleep 8", "gpu=2", "cpu=16", "memory=131072Mi")
        .contains("progress 25% (2.0 s of 8.0 s)", "progress 75% (6.0 s of 8.0 s)")
        .contains("replica completed: exit code 0");
    assertThat(log.lines()).allMatch(line -> line.matches("^\\d{4}-\\d\\d-\\d\\dT\\S+Z .*"));
    assertThat(log.indexOf("progress 75%")).isLessThan(log.indexOf("replica completed"));
    assertThat(c.logs(Sim.key("never"))).isEmpty();
  }

  @Test
  @DisplayName("JC-6.4 an unknown image or a demand beyond capacity is refused, not retried")
  void refusals() {
    SimCenter c = center(Sim.config("c", 2));
    var l = Sim.launch("j", "sleep 1", 1);
    var badImage = new ReplicaLaunch(l.key(), "t", "x", "img-tf", "s", Sim.gpus(1), Map.of());
    assertThatThrownBy(() -> c.submit(badImage))
        .isInstanceOfSatisfying(
            AdapterException.class, e -> assertThat(e.transientFailure()).isFalse())
        .hasMessageContaining("img-tf");
    assertThatThrownBy(() -> c.submit(Sim.launch("big", "x", 3))).hasMessageContaining("capacity");
    assertThat(c.status(l.key())).isEmpty();
  }
}
