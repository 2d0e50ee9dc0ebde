package io.computility.agent.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RemoteSliceThrottleTest {

  @Test
  @DisplayName("POOL-T12.3 busy accounting: the share of the last window spent in kernels")
  void meter() {
    AtomicLong now = new AtomicLong(10_000);
    BusyMeter m = new BusyMeter(now::get, 1_000);
    m.busy(8_800, 8_900); // before the window
    m.busy(9_200, 9_500);
    m.busy(9_900, 10_000);
    assertThat(m.percent()).isEqualTo(40);
    now.set(10_300); // the window now starts at 9_300: 200 + 100 busy
    assertThat(m.percent()).isEqualTo(30);
    now.set(20_000);
    assertThat(m.percent()).isZero();
    assertThat(m.totalBusyNs()).isEqualTo(500);
  }

  @Test
  @DisplayName("POOL-T12.3 throttling: after a kernel the slice pauses so busy / wall = its share")
  void pause() {
    assertThat(BusyMeter.pauseAfter(30, 25)).isEqualTo(90);
    assertThat(BusyMeter.pauseAfter(30, 100)).isZero();
    assertThat(BusyMeter.pauseAfter(50, 50)).isEqualTo(50);
  }

  @Test
  @DisplayName(
      "POOL-T12.3 a 20 % slice does not start its next kernel before 4x the last one's busy time")
  void executePaces() throws Exception {
    RemoteSlice slice = new RemoteSlice("t", "x", 20, 1);
    long[] marks = new long[3];
    slice.execute(() -> spin(20_000_000L, marks, 0));
    slice.execute(() -> spin(0, marks, 2));
    long busy = marks[1] - marks[0];
    assertThat(marks[2] - marks[1])
        .isGreaterThanOrEqualTo(BusyMeter.pauseAfter(busy, 20) - 1_000_000L);
    assertThat(slice.totalBusyNs()).isGreaterThanOrEqualTo(20_000_000L);
  }

  private static Void spin(long nanos, long[] marks, int at) {
    marks[at] = System.nanoTime();
    while (System.nanoTime() - marks[at] < nanos) Thread.onSpinWait();
    if (at + 1 < marks.length && at == 0) marks[1] = System.nanoTime();
    return null;
  }
}
