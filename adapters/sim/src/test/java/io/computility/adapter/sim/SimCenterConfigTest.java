package io.computility.adapter.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.core.center.NetworkLink;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SimCenterConfigTest {

  private static final SimCenterConfig BASE = Sim.config("bj-1", 8);

  private static SimCenterConfig withName(String name) {
    return new SimCenterConfig(
        "id",
        name,
        "north",
        BASE.geometry(),
        BASE.capacity(),
        Map.of(),
        0,
        0,
        1,
        1,
        null,
        List.of(),
        List.of(),
        Duration.ZERO,
        FailureInjection.NONE,
        Duration.ZERO);
  }

  @Test
  @DisplayName("JC-6.1.1 invalid fields are rejected with a message naming the field")
  void validation() {
    assertThatThrownBy(() -> withName(" ")).hasMessageContaining("SimCenterConfig.name");
    assertThatThrownBy(() -> withName("x".repeat(64))).hasMessageContaining("64 bytes");
    assertThatThrownBy(() -> BASE.withPerformanceFactor(0))
        .hasMessageContaining("SimCenterConfig.performanceFactor");
    assertThatThrownBy(() -> BASE.withTiming(Duration.ofSeconds(-1), Duration.ZERO))
        .hasMessageContaining("SimCenterConfig.defaultDuration");
    assertThatThrownBy(() -> BASE.withTiming(Duration.ZERO, null))
        .hasMessageContaining("SimCenterConfig.startDelay");
    assertThatThrownBy(() -> new FailureInjection(1.5, 0, null))
        .hasMessageContaining("FailureInjection.probability");
    assertThatThrownBy(() -> new FailureInjection(0, 0, "(unclosed"))
        .hasMessageContaining("FailureInjection.failCommandsMatching");
    assertThatThrownBy(() -> SimCenterConfig.of("c", "r", Sim.gpus(1), Sim.IMAGE, Sim.IMAGE))
        .hasMessageContaining("SimCenterConfig.images");
  }

  @Test
  @DisplayName("JC-6.6.1 the profile carries prices, power, performance, grade, card and links")
  void profile() {
    var link = new NetworkLink("east", 12, 10_000, 1, 0.001);
    var c =
        new SimCenterConfig(
            "sh-2",
            "Shanghai 2",
            "east",
            BASE.geometry(),
            Sim.gpus(16),
            Map.of("spec-a100", new BigDecimal("12.5")),
            300,
            700,
            1.6,
            3,
            "A100-80G",
            List.of(link),
            List.of(Sim.IMAGE),
            Duration.ofSeconds(60),
            FailureInjection.NONE,
            Duration.ZERO);
    var p = c.profile();
    assertThat(p.centerId()).isEqualTo("sh-2");
    assertThat(p.pricePerSpecHour()).containsEntry("spec-a100", new BigDecimal("12.5"));
    assertThat(p.staticPowerWatts()).isEqualTo(300);
    assertThat(p.execPowerWatts()).isEqualTo(700);
    assertThat(p.performanceFactor()).isEqualTo(1.6);
    assertThat(p.securityGrade()).isEqualTo(3);
    assertThat(p.cardModel()).isEqualTo("A100-80G");
    assertThat(p.linkTo("east")).isEqualTo(link);
  }
}
