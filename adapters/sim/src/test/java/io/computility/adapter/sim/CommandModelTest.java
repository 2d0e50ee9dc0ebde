package io.computility.adapter.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommandModelTest {

  private static CommandModel model(double performance, FailureInjection failure) {
    return new CommandModel(
        Sim.config("c", 1)
            .withPerformanceFactor(performance)
            .withFailure(failure)
            .withTiming(Duration.ofSeconds(42), Duration.ZERO));
  }

  @Test
  @DisplayName("JC-6.6.1 sleep N runs N / performanceFactor seconds, fractions and sums included")
  void sleepIsScaledByPerformance() {
    CommandModel m = model(2.0, FailureInjection.NONE);
    assertThat(m.plan("sleep 60", 0.5)).isEqualTo(RunPlan.success(30_000));
    assertThat(m.plan("python a.py && sleep 1.5; sleep .5", 0.5).simMillis()).isEqualTo(1_000);
    assertThat(model(0.5, FailureInjection.NONE).plan("sleep 3", 0.5).simMillis()).isEqualTo(6_000);
  }

  @Test
  @DisplayName("JC-6.4 a command without sleep or exit runs the center's default duration")
  void defaultDuration() {
    assertThat(model(4.0, FailureInjection.NONE).plan("python train.py", 0.9))
        .isEqualTo(RunPlan.success(42_000));
  }

  @Test
  @DisplayName("JC-6.4 exit K fails at once with code K; exit 0 completes at once")
  void exitCodes() {
    CommandModel m = model(1.0, FailureInjection.NONE);
    RunPlan failed = m.plan("exit 3", 0.5);
    assertThat(failed.simMillis()).isZero();
    assertThat(failed.exitCode()).isEqualTo(3);
    assertThat(failed.outcome()).startsWith("exit code 3");
    assertThat(m.plan("exit 0", 0.5)).isEqualTo(RunPlan.success(0));
    assertThat(m.plan("sleep 2; exit 7", 0.5))
        .extracting(RunPlan::simMillis, RunPlan::exitCode)
        .containsExactly(2_000L, 7);
  }

  @Test
  @DisplayName("JC-6.4 the word fail fails with code 1 after the duration, not 'failover'")
  void failWord() {
    CommandModel m = model(1.0, FailureInjection.NONE);
    assertThat(m.plan("sleep 5 && fail", 0.5))
        .extracting(RunPlan::simMillis, RunPlan::exitCode)
        .containsExactly(5_000L, 1);
    assertThat(m.plan("./failover.sh; sleep 1", 0.5).succeeds()).isTrue();
  }

  @Test
  @DisplayName("JC-6.4 failCommandsMatching fails matching commands only, at the end of the run")
  void regexInjection() {
    CommandModel m = model(1.0, new FailureInjection(0, 1, "--lr=1e-?9"));
    RunPlan hit = m.plan("python train.py --lr=1e9; sleep 4", 0.99);
    assertThat(hit.exitCode()).isEqualTo(1);
    assertThat(hit.simMillis()).isEqualTo(4_000);
    assertThat(hit.outcome()).contains("injected failure");
    assertThat(m.plan("python train.py --lr=1e-3; sleep 4", 0.99).succeeds()).isTrue();
  }

  @Test
  @DisplayName("JC-6.4 probabilistic failure: draws below p fail part-way, draws above succeed")
  void probability() {
    CommandModel m = model(1.0, new FailureInjection(0.25, 7, null));
    RunPlan early = m.plan("sleep 100", 0.125);
    assertThat(early.exitCode()).isEqualTo(1);
    assertThat(early.simMillis()).isEqualTo(50_000);
    assertThat(m.plan("sleep 100", 0.25).succeeds()).isTrue();
  }
}
