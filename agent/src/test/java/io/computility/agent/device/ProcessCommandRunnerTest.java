package io.computility.agent.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProcessCommandRunnerTest {

  private final CommandRunner runner = CommandRunner.processes();

  @Test
  @DisplayName(
      "POOL-10 vendor tools run as real processes: output, exit status, input and environment")
  void runsRealProcesses() throws IOException {
    var result =
        runner.run(
            List.of("sh", "-c", "read line; echo \"$line $GREETING\"; echo oops >&2; exit 3"),
            Map.of("GREETING", "world"),
            "hello\n",
            Duration.ofSeconds(10));

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stdout()).isEqualTo("hello world\n");
    assertThat(result.stderr()).isEqualTo("oops\n");
  }

  @Test
  @DisplayName("POOL-10 a vendor tool that hangs is killed at its timeout")
  void timesOut() {
    assertThatThrownBy(() -> runner.run(List.of("sleep", "5"), Duration.ofMillis(200)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("did not finish");
  }

  @Test
  @DisplayName("POOL-10 a tool that leaves a background child behind does not block the runner")
  void daemonisingTool() throws IOException {
    var result = runner.run(List.of("sh", "-c", "sleep 3 & echo started"), Duration.ofSeconds(2));

    assertThat(result.stdout()).isEqualTo("started\n");
  }
}
