package io.computility.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AlertEvaluatorTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final AlertRule hot =
      new AlertRule(
          "hot",
          "GPU hot",
          true,
          Severity.CRITICAL,
          new RuleScope(SourceType.DEVICE, null, Map.of("vendor", "nvidia")),
          new AlertCondition.Threshold("gpu.temp", Comparison.GE, 90, Duration.ofMinutes(1)));
  private final AlertEvaluator evaluator = new AlertEvaluator();

  private Optional<Transition> sample(double value, int second) {
    return evaluator.onSample(
        hot,
        new MetricSample(
            SourceType.DEVICE,
            "n1/gpu0",
            "gpu.temp",
            value,
            T0.plusSeconds(second),
            Map.of("vendor", "nvidia")));
  }

  @Test
  @DisplayName("POOL-T12.19 a threshold fires only after holding for its duration, then resolves")
  void holdsThenFiresThenResolves() {
    assertThat(sample(95, 0)).isEmpty();
    assertThat(sample(96, 30)).isEmpty();
    Transition fire = sample(97, 60).orElseThrow();
    assertThat(fire.kind()).isEqualTo(Transition.Kind.FIRE);
    assertThat(fire.value()).isEqualTo(97);
    assertThat(fire.reason()).contains("gpu.temp 97 >= 90 for 60s");
    assertThat(sample(98, 90)).as("already firing").isEmpty();
    assertThat(sample(50, 120).orElseThrow().kind()).isEqualTo(Transition.Kind.RESOLVE);
    assertThat(sample(50, 150)).isEmpty();
  }

  @Test
  @DisplayName("POOL-T12.19 a breach interrupted before the hold duration does not fire")
  void interruptedBreachRestarts() {
    sample(95, 0);
    sample(10, 40);
    assertThat(sample(95, 70)).isEmpty();
    assertThat(evaluator.tick(Map.of("hot", hot), T0.plusSeconds(120))).isEmpty();
    assertThat(evaluator.tick(Map.of("hot", hot), T0.plusSeconds(130))).hasSize(1);
  }

  @Test
  @DisplayName("POOL-T12.19 scope: other source types, labels and metrics are ignored")
  void scope() {
    MetricSample amd =
        new MetricSample(SourceType.DEVICE, "g", "gpu.temp", 99, T0, Map.of("vendor", "amd"));
    MetricSample node = new MetricSample(SourceType.NODE, "n", "gpu.temp", 99, T0, Map.of());
    assertThat(evaluator.onSample(hot, amd)).isEmpty();
    assertThat(evaluator.onSample(hot, node)).isEmpty();
    assertThat(evaluator.tick(Map.of("hot", hot), T0.plusSeconds(3600))).isEmpty();
  }

  @Test
  @DisplayName("POOL-11 a device fault event fires and its recovery resolves")
  void events() {
    AlertRule fault =
        new AlertRule(
            "f",
            "fault",
            true,
            Severity.CRITICAL,
            RuleScope.ANY,
            new AlertCondition.EventMatch("DEVICE_FAULT", "DEVICE_RECOVERED"));
    HealthEvent down =
        new HealthEvent(
            SourceType.DEVICE, "g0", "DEVICE_FAULT", Severity.CRITICAL, "ECC", T0, null);
    HealthEvent up =
        new HealthEvent(SourceType.DEVICE, "g0", "DEVICE_RECOVERED", Severity.INFO, "", T0, null);
    assertThat(evaluator.onEvent(fault, down).orElseThrow().kind()).isEqualTo(Transition.Kind.FIRE);
    assertThat(evaluator.onEvent(fault, up).orElseThrow().kind())
        .isEqualTo(Transition.Kind.RESOLVE);
    AlertRule off =
        new AlertRule("f", "fault", false, Severity.CRITICAL, RuleScope.ANY, fault.condition());
    assertThat(evaluator.onEvent(off, down)).isEmpty();
  }
}
