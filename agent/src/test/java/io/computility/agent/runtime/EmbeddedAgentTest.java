package io.computility.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedAgentTest {

  @Test
  @DisplayName(
      "NET-8.2 POOL-9 an agent created for another process's thread has its work directory and"
          + " ignores gray upgrades; bad arguments are refused")
  void createdInProcess(@TempDir Path dir) throws Exception {
    Path work = dir.resolve("work");
    Agent agent =
        AgentMain.create(
            new String[] {
              "--controller", "http://127.0.0.1:1",
              "--name", "local",
              "--devices", "fake:" + dir.resolve("cards.yaml"),
              "--token", "cty_0123456789abcdefghijklmn",
              "--work-dir", work.toString()
            });
    assertThat(agent.upgradable).isFalse();
    assertThat(Files.isDirectory(work)).isTrue();
    assertThat(Files.readString(work.resolve("agent.pid")))
        .isEqualTo(Long.toString(ProcessHandle.current().pid()));
    agent.shutdown();
    assertThatThrownBy(() -> AgentMain.create(new String[] {"--name", "local"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--controller");
  }
}
