package io.computility.core.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PoolTest {

  private static Pool pool() {
    return new Pool(
        List.of(
            new NodeSpec("gpu", 16_000, 64_000, 2, "T4"),
            new NodeSpec("cpu", 32_000, 128_000, 0, "")));
  }

  @Test
  @DisplayName(
      "POOL-7.1a committing and releasing a sharing pod keeps exact CPU, memory and per-card accounts")
  void commitAndRelease() {
    Pool pool = pool();
    PodRequest share = PodRequest.gpu("share", 4_000, 8_000, 1, 300);
    int revision = pool.revision(0);

    pool.commit(0, share, new int[] {1});

    assertThat(pool.cpuFree(0)).isEqualTo(12_000);
    assertThat(pool.memoryFree(0)).isEqualTo(56_000);
    assertThat(pool.gpuFree(0, 0)).isEqualTo(1000);
    assertThat(pool.gpuFree(0, 1)).isEqualTo(700);
    assertThat(pool.gpuFreeTotal(0)).isEqualTo(1700);
    assertThat(pool.fullyFreeGpus(0)).isEqualTo(1);
    assertThat(pool.usedGpuMilli()).isEqualTo(300);
    assertThat(pool.totalGpuMilli()).isEqualTo(2000);
    assertThat(pool.mix().count(0, PodMix.kindOf(share))).isEqualTo(1);
    assertThat(pool.mix().kinds(0)).isEqualTo(1);
    assertThat(pool.revision(0)).isGreaterThan(revision);

    pool.release(0, share, new int[] {1});

    assertThat(pool.cpuFree(0)).isEqualTo(16_000);
    assertThat(pool.memoryFree(0)).isEqualTo(64_000);
    assertThat(pool.gpuFree(0, 1)).isEqualTo(1000);
    assertThat(pool.usedGpuMilli()).isZero();
    assertThat(pool.mix().kinds(0)).isZero();
  }

  @Test
  @DisplayName(
      "POOL-7.1b a node that cannot take a request says why: CPU, memory, GPU model or cards")
  void misfits() {
    Pool pool = pool();
    assertThat(pool.misfit(0, PodRequest.cpuOnly("big", 20_000, 1))).isEqualTo(Misfit.CPU);
    assertThat(pool.misfit(0, PodRequest.cpuOnly("fat", 1, 70_000))).isEqualTo(Misfit.MEMORY);
    assertThat(pool.misfit(1, PodRequest.gpu("g", 1, 1, 1, 500))).isEqualTo(Misfit.GPU_MODEL);
    assertThat(pool.misfit(0, new PodRequest("v100", 1, 1, 1, 500, List.of("V100M32"))))
        .isEqualTo(Misfit.GPU_MODEL);
    assertThat(pool.misfit(0, new PodRequest("t4", 1, 1, 1, 500, List.of("A10", "T4")))).isNull();
    assertThat(pool.misfit(0, PodRequest.gpu("three", 1, 1, 3, 1000))).isEqualTo(Misfit.GPU);
    assertThat(pool.fits(1, PodRequest.cpuOnly("ok", 32_000, 128_000))).isTrue();
  }

  @Test
  @DisplayName("POOL-7.1c the pool refuses to over-commit a card or to list a card twice")
  void refusesOvercommit() {
    Pool pool = pool();
    pool.commit(0, PodRequest.gpu("a", 1, 1, 1, 800), new int[] {0});
    assertThatThrownBy(() -> pool.commit(0, PodRequest.gpu("b", 1, 1, 1, 300), new int[] {0}))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> pool.commit(0, PodRequest.gpu("c", 1, 1, 2, 1000), new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PodRequest.gpu("d", 1, 1, 1, 1200))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
