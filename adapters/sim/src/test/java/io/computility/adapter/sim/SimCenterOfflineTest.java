package io.computility.adapter.sim;

import static io.computility.core.job.JobStatus.FAILED;
import static io.computility.core.job.JobStatus.PENDING;
import static io.computility.core.job.JobStatus.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.core.adapter.AdapterException;
import io.computility.core.center.CenterStatus;
import io.computility.core.resource.Resources;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SimCenterOfflineTest {
  private final Sim.Events events = new Sim.Events();
  private final SimCenter center =
      SimCenter.builder(Sim.config("gz", 1)).timeScale(Sim.SCALE).listener(events).build();

  @AfterEach
  void close() {
    center.close();
  }

  @Test
  @DisplayName("JC-6.1.1 status is 1 (available) online and 0 (unavailable) offline")
  void statusCodes() {
    assertThat(center.describe().center().status()).isEqualTo(CenterStatus.AVAILABLE);
    assertThat(center.describe().center().status().code()).isEqualTo(1);
    var before = center.describe().center().updatedAt();
    center.goOffline();
    assertThat(center.describe().center().status()).isEqualTo(CenterStatus.UNAVAILABLE);
    assertThat(center.describe().center().status().code()).isZero();
    assertThat(center.describe().center().updatedAt()).isAfterOrEqualTo(before);
    center.goOnline();
    assertThat(center.describe().center().status().code()).isEqualTo(1);
    assertThat(center.describe().profile().centerId()).isEqualTo("gz");
  }

  @Test
  @DisplayName("JC-6.4 offline, every call throws a transient AdapterException")
  void callsFailTransiently() {
    center.goOffline();
    var key = Sim.key("j");
    List<ThrowingCallable> calls =
        List.of(
            center::snapshot,
            center::images,
            () -> center.submit(Sim.launch("j", "sleep 1", 1)),
            () -> center.stop(key),
            () -> center.status(key),
            () -> center.logs(key),
            () -> center.injectFailureOfRunning(key));
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call)
          .isInstanceOfSatisfying(
              AdapterException.class, e -> assertThat(e.transientFailure()).isTrue())
          .hasMessageContaining("gz is offline");
    }
    center.goOnline();
    assertThat(center.status(key)).isEmpty();
    assertThat(center.images())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.aiCenterId()).isEqualTo("gz");
              assertThat(i.baseOs()).containsEntry("name", "ubuntu");
            });
  }

  @Test
  @DisplayName("JC-6.4 replicas held when the center goes offline fail with 'center lost'")
  void replicasAreLost() {
    var run = Sim.launch("run", "sleep 1000", 1);
    var queued = Sim.launch("queued", "sleep 1000", 1);
    center.submit(run);
    center.submit(queued);
    center.goOffline();
    center.goOnline();
    for (var l : List.of(run, queued)) {
      var s = center.status(l.key()).orElseThrow();
      assertThat(s.status()).isEqualTo(FAILED);
      assertThat(s.message()).isEqualTo("center lost");
    }
    assertThat(events.of(run.key())).containsExactly(PENDING, RUNNING, FAILED);
    assertThat(events.of(queued.key())).containsExactly(PENDING, FAILED);
    var snap = center.snapshot();
    assertThat(snap.runningTaskNum() + snap.waitingTaskNum()).isZero();
    assertThat(snap.used()).isEqualTo(Resources.ZERO);
    var again = center.submit(Sim.launch("after", "sleep 1000", 1));
    assertThat(again.status()).isEqualTo(RUNNING);
  }
}
