package io.computility.agent.enforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SliceGrantTest {

  @Test
  @DisplayName("POOL-7.3b a slice grant is 1..100 % compute and at least 1 MB; others are refused")
  void validatesItsBounds() {
    var device = new SliceGrant.GrantedDevice(0, "GPU-a");
    assertThat(new SliceGrant("t1", List.of(device), 1, 1).computePercent()).isEqualTo(1);
    assertThatThrownBy(() -> new SliceGrant("t1", List.of(device), 0, 1))
        .hasMessageContaining("computePercent");
    assertThatThrownBy(() -> new SliceGrant("t1", List.of(device), 101, 1))
        .hasMessageContaining("computePercent");
    assertThatThrownBy(() -> new SliceGrant("t1", List.of(device), 50, 0))
        .hasMessageContaining("memoryMb");
    assertThatThrownBy(() -> new SliceGrant("t1", List.of(), 50, 10))
        .hasMessageContaining("devices");
  }
}
