package io.computility.sim.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.pool.PodRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkloadBuilderTest {

  private static List<PodRequest> pods() {
    List<PodRequest> pods = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      pods.add(
          i % 4 == 0
              ? PodRequest.cpuOnly("p" + i, 1000, 1)
              : PodRequest.gpu("p" + i, 1000, 1, 1, 250 * (i % 4)));
    }
    return pods;
  }

  private static long arrived(List<PodRequest> pods) {
    return pods.stream().mapToLong(PodRequest::totalGpuMilli).sum();
  }

  @Test
  @DisplayName(
      "NET-7.3c the workload is the shuffled list inflated to just under the target GPU share")
  void inflates() {
    List<PodRequest> base = pods(); // 15 000 GPU milli
    List<PodRequest> w = WorkloadBuilder.build(base, 20_000, 1.3, 42);

    assertThat(arrived(w)).isLessThanOrEqualTo(26_000).isGreaterThan(26_000 - 750);
    assertThat(w.size()).isGreaterThan(60);
    assertThat(w.subList(0, 40)).containsExactlyInAnyOrderElementsOf(base);
    assertThat(w.subList(0, 40)).isNotEqualTo(base);
    assertThat(WorkloadBuilder.build(base, 20_000, 1.3, 42)).isEqualTo(w);
    assertThat(WorkloadBuilder.build(base, 20_000, 1.3, 43)).isNotEqualTo(w);
  }

  @Test
  @DisplayName("NET-7.3c a list above the target share loses random pods until it fits under it")
  void deflates() {
    List<PodRequest> w = WorkloadBuilder.build(pods(), 10_000, 1.0, 42);
    assertThat(arrived(w)).isLessThanOrEqualTo(10_000).isGreaterThan(10_000 - 750);
    assertThat(w.size()).isLessThan(40);
  }
}
