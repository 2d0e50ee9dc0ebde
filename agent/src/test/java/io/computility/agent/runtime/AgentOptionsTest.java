package io.computility.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {

  @Test
  @DisplayName(
      "POOL-9 the agent command line names controller, node, providers, backend and interval")
  void parses() {
    AgentOptions o =
        AgentOptions.parse(
            new String[] {
              "--controller",
              "http://c:8080",
              "--name",
              "n1",
              "--devices",
              "fake:/a.yaml,nvidia",
              "--heartbeat",
              "250ms"
            },
            Map.of("COMPUTILITY_TOKEN", "cty_from-env"));
    assertThat(o.devices()).isEqualTo(List.of("fake:/a.yaml", "nvidia"));
    assertThat(o.token()).isEqualTo("cty_from-env");
    assertThat(o.backend()).isEqualTo("accounting");
    assertThat(o.heartbeat()).isEqualTo(Duration.ofMillis(250));
    assertThat(AgentOptions.duration("2s")).isEqualTo(Duration.ofSeconds(2));
    assertThatThrownBy(() -> AgentOptions.parse(new String[] {"--name", "n"}))
        .hasMessageContaining("--controller");
    assertThatThrownBy(() -> AgentOptions.parse(new String[] {"--controller", "x", "--name", "n"}))
        .hasMessageContaining("--devices");
  }

  @Test
  @DisplayName("NET-6.3 the agent sends a machine token: --token wins over COMPUTILITY_TOKEN")
  void token() {
    String[] base = {"--controller", "http://c", "--name", "n", "--devices", "nvidia"};
    assertThatThrownBy(() -> AgentOptions.parse(base, Map.of())).hasMessageContaining("--token");
    String[] withToken = {
      "--controller", "http://c", "--name", "n", "--devices", "nvidia", "--token", "cty_opt"
    };
    assertThat(AgentOptions.parse(withToken, Map.of("COMPUTILITY_TOKEN", "cty_env")).token())
        .isEqualTo("cty_opt");
  }
}
