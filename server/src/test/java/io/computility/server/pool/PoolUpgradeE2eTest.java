package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed §12.22 gray upgrade with one controller and two compute nodes (real agent processes): the
 * agent of one node, then of a batch, re-executes itself from a second distribution (a copy of the
 * agent's classes marked 0.2.0) while a task keeps running under the same pid.
 */
class PoolUpgradeE2eTest extends PoolE2eBase {
  private Path distribution;

  @BeforeAll
  void agents() throws Exception {
    startAgent("g-a", AgentProcess.cards("nvidia", "A100", 40960, 1, "g-a-gpu"));
    startAgent("g-b", AgentProcess.cards("hygon", "K100", 65536, 1, "g-b-dcu"));
    distribution = AgentDistribution.make("0.2.0");
  }

  private JsonNode component(String node) throws Exception {
    for (JsonNode n : ok("GET", "/api/v1/pool/components", null)) {
      if (n.path("name").asText().equals(node)) return n;
    }
    throw new AssertionError("no node " + node);
  }

  private AgentProcess agent(String name) {
    return agents.stream().filter(a -> a.name.equals(name)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName(
      "POOL-T12.22 POOL-T12.20 gray upgrade: one node's agent, then a batch, re-executes as a new version while a running task keeps its pid and completes")
  void grayUpgrade() throws Exception {
    String id =
        submit(
                Map.of(
                    "computePercent",
                    30,
                    "memoryMb",
                    64,
                    "node",
                    "g-a",
                    "command",
                    AgentProcess.workload(16, 20)))
            .path("id")
            .asText();
    awaitState(id, "RUNNING");
    awaitLog(id, "started pid");
    Matcher m = Pattern.compile("started pid (\\d+)").matcher(String.join("\n", logLines(id)));
    assertThat(m.find()).isTrue();
    long pid = Long.parseLong(m.group(1));
    long oldAgent = agent("g-a").current().orElseThrow().pid();
    assertThat(component("g-a").path("version").asText()).isEqualTo("0.1.0");

    // One node.
    ok(
        "PUT",
        "/api/v1/pool/components/upgrade",
        Map.of(
            "nodes", List.of("g-a"), "version", "0.2.0", "distribution", distribution.toString()));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> component("g-a").path("version").asText().equals("0.2.0"));
    assertThat(component("g-a").path("upgradePending").asBoolean()).isFalse();
    assertThat(component("g-b").path("version").asText()).isEqualTo("0.1.0");
    assertThat(agent("g-a").current().orElseThrow().pid()).isNotEqualTo(oldAgent);
    assertThat(ProcessHandle.of(oldAgent).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    awaitLog(id, "adopted pid " + pid + ", still running");
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isTrue();
    assertThat(task(id).path("state").asText()).isEqualTo("RUNNING");
    int linesAtAdoption = logLines(id).size();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              List<String> lines = logLines(id); // read once: the log grows between two reads
              return lines.subList(Math.min(linesAtAdoption, lines.size()), lines.size()).stream()
                  .anyMatch(l -> l.startsWith("usage "));
            });

    // A batch (every node): g-b upgrades, g-a already runs 0.2.0 and is left alone.
    long upgradedA = agent("g-a").current().orElseThrow().pid();
    ok(
        "PUT",
        "/api/v1/pool/components/upgrade",
        Map.of("version", "0.2.0", "distribution", distribution.toString()));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> component("g-b").path("version").asText().equals("0.2.0"));
    assertThat(agent("g-a").current().orElseThrow().pid()).isEqualTo(upgradedA);
    JsonNode other =
        awaitState(
            submit(
                    Map.of(
                        "computePercent",
                        10,
                        "memoryMb",
                        64,
                        "node",
                        "g-b",
                        "command",
                        AgentProcess.workload(16, 1)))
                .path("id")
                .asText(),
            "SUCCEEDED");
    assertThat(other.path("exitCode").asInt()).isZero();

    JsonNode done = awaitState(id, "SUCCEEDED");
    assertThat(done.path("exitCode").asInt()).isZero();
    assertThat(logLines(id).stream().filter(l -> l.contains("started pid")).count())
        .as("started once, never restarted")
        .isEqualTo(1);
  }
}
