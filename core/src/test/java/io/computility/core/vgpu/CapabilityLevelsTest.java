package io.computility.core.vgpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CapabilityLevelsTest {

  @Test
  @DisplayName("POOL-A level 1 needs 12.1, 7, 8, 16-19, 21, 24; level 5 needs all 27")
  void levels() {
    List<Integer> level1 = List.of(1, 7, 8, 16, 17, 18, 19, 21, 24);
    assertThat(CapabilityLevels.level(level1)).isEqualTo(1);
    Set<Integer> missingOne = new HashSet<>(level1);
    missingOne.remove(19);
    assertThat(CapabilityLevels.level(missingOne)).isZero();
    Set<Integer> level2 = new HashSet<>(level1);
    level2.addAll(List.of(2, 5, 6));
    assertThat(CapabilityLevels.level(level2)).isEqualTo(2);
    Set<Integer> all = new HashSet<>(IntStream.rangeClosed(1, 27).boxed().toList());
    assertThat(CapabilityLevels.level(all)).isEqualTo(5);
    all.remove(26);
    assertThat(CapabilityLevels.level(all)).isEqualTo(4);
  }
}
