package io.computility.server.federation.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.resource.Resources;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReservationsTest {
  static final Resources GPU = new Resources(8, 1, 0, 0, 65536, 0, 0);
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static MonitoringSnapshot snapshot(Instant at, long freeGpu) {
    return new MonitoringSnapshot(
        "c1", "c1", 0, 0, Resources.ZERO, new Resources(64, freeGpu, 0, 0, 524288, 0, 0), 1, at);
  }

  @Test
  @DisplayName(
      "JC-6.5 promised capacity is taken off a center's free resources until a snapshot taken after the replica started shows it")
  void reservedUntilSnapshotShowsIt() {
    Reservations r = new Reservations();
    r.reserve("c1", "job/0/0/0", GPU);
    MonitoringSnapshot before = r.adjust(snapshot(T0, 8));
    assertThat(before.free().gpu()).isEqualTo(7);
    assertThat(before.runningTaskNum()).isEqualTo(1);
    // Accepted but queued at the center (not started): its snapshots still show the GPU free.
    assertThat(r.adjust(snapshot(T0.plusSeconds(1), 8)).free().gpu()).isEqualTo(7);
    r.started("job/0/0/0", T0.plusSeconds(2));
    assertThat(r.adjust(snapshot(T0.plusSeconds(1), 8)).free().gpu())
        .isEqualTo(7); // snapshot older than the start
    assertThat(r.adjust(snapshot(T0.plusSeconds(3), 7)).free().gpu())
        .isEqualTo(7); // now counted once
    assertThat(r.adjust(snapshot(T0.plusSeconds(4), 8)).free().gpu()).isEqualTo(8);
  }

  @Test
  @DisplayName("JC-6.5 a replica that ends before dispatch gives its promised capacity back")
  void cancelledReservationFreesCapacity() {
    Reservations r = new Reservations();
    r.reserve("c1", "job/0/0/0", GPU);
    r.cancel("job/0/0/0");
    assertThat(r.adjust(snapshot(T0, 8)).free().gpu()).isEqualTo(8);
  }
}
