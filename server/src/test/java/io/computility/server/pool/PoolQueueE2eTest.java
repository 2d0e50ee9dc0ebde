package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed §12 tests on the queue and automatic release, end to end on one node (q-a, one card) while a
 * second agent (q-b, one card) stays in the pool but out of reach of the pinned tasks.
 */
class PoolQueueE2eTest extends PoolE2eBase {

  @BeforeAll
  void agents() throws Exception {
    startAgent("q-a", AgentProcess.cards("nvidia", "T4", 16384, 1, "q-a-gpu"));
    startAgent("q-b", AgentProcess.cards("cambricon", "MLU370", 24576, 1, "q-b-mlu"));
  }

  static Map<String, Object> onQa(int pct, List<String> command, int priority) {
    Map<String, Object> t = new HashMap<>();
    t.put("computePercent", pct);
    t.put("memoryMb", 1000);
    t.put("node", "q-a");
    t.put("priority", priority);
    t.put("command", command);
    return t;
  }

  @Test
  @DisplayName(
      "POOL-T12.10 tasks wait in the queue while the card is busy, with a coded reason, and start by priority")
  void priorityQueue() throws Exception {
    String t1 = submit(onQa(60, AgentProcess.workload(10, 4), 0)).path("id").asText();
    awaitState(t1, "RUNNING");
    String t2 = submit(onQa(60, AgentProcess.workload(10, 3), 1)).path("id").asText();
    String t3 = submit(onQa(60, AgentProcess.workload(10, 3), 5)).path("id").asText();
    assertThat(task(t2).path("state").asText()).isEqualTo("QUEUED");
    assertThat(task(t3).path("state").asText()).isEqualTo("QUEUED");
    // Issue 15: the queue's reason comes with its display code and numbers.
    JsonNode waiting = task(t2);
    assertThat(waiting.path("reasonCode").asText()).isEqualTo("pool.reason.NO_FIT");
    assertThat(waiting.path("reasonParams").path("computePercent").asInt()).isEqualTo(60);
    assertThat(waiting.path("reasonParams").path("memoryMb").asLong()).isEqualTo(1000);
    assertThat(waiting.path("reasonParams").path("node").asText()).isEqualTo("q-a");
    List<String> queue = new ArrayList<>();
    for (JsonNode q : ok("GET", "/api/v1/pool/queue", null)) queue.add(q.path("id").asText());
    assertThat(queue).containsExactly(t3, t2);
    awaitState(t1, "SUCCEEDED");
    awaitState(t3, "RUNNING");
    assertThat(task(t2).path("state").asText()).isEqualTo("QUEUED");
    awaitState(t3, "SUCCEEDED");
    awaitState(t2, "RUNNING");
    JsonNode t3done = task(t3);
    JsonNode t2run = task(t2);
    assertThat(java.time.Instant.parse(t2run.path("startedAt").asText()))
        .isAfterOrEqualTo(java.time.Instant.parse(t3done.path("endedAt").asText()));
  }

  @Test
  @DisplayName("POOL-T12.11 a task idle past its idle timeout has its virtual resources released")
  void idleTimeout() throws Exception {
    List<String> computeThenIdle = new ArrayList<>(List.of("sh", "-c"));
    computeThenIdle.add(String.join(" ", quote(AgentProcess.workload(10, 2))) + "; sleep 60");
    Map<String, Object> t = onQa(20, computeThenIdle, 0);
    t.put("idleTimeoutMs", 2000);
    String id = submit(t).path("id").asText();
    awaitState(id, "RUNNING");
    awaitLog(id, "usage memory_mb=10");
    JsonNode released = awaitState(id, "IDLE_RELEASED");
    assertThat(released.path("reason").asText()).contains("virtual resources released");
    assertThat(released.path("reasonCode").asText()).isEqualTo("pool.reason.IDLE_RELEASED");
    assertThat(released.path("reasonParams").path("timeoutMs").asLong()).isEqualTo(2000);
    awaitLog(id, "virtual resources released");
    assertThat(device("q-a-gpu-0").path("usedPercent").asInt()).isZero();
    long busyMs =
        java.time.Duration.between(
                java.time.Instant.parse(released.path("startedAt").asText()),
                java.time.Instant.parse(released.path("endedAt").asText()))
            .toMillis();
    assertThat(busyMs).isGreaterThanOrEqualTo(2000);
  }

  @Test
  @DisplayName(
      "POOL-T12.12 a task running past its run timeout is stopped and its resources released")
  void runTimeout() throws Exception {
    Map<String, Object> t = onQa(20, AgentProcess.workload(10, 60), 0);
    t.put("runTimeoutMs", 2000);
    String id = submit(t).path("id").asText();
    awaitState(id, "RUNNING");
    JsonNode timedOut = awaitState(id, "TIMED_OUT");
    assertThat(timedOut.path("reason").asText()).contains("run timeout").contains("released");
    assertThat(timedOut.path("reasonCode").asText()).isEqualTo("pool.reason.RUN_TIMEOUT");
    assertThat(device("q-a-gpu-0").path("usedPercent").asInt()).isZero();
    awaitLog(id, "stopped; slice released");
  }

  @Test
  @DisplayName(
      "POOL-T12.18 POOL-6h task logs are collected, filtered by task, node, time and text, and exported")
  void logCollection() throws Exception {
    java.time.Instant before = java.time.Instant.now();
    String id = submit(onQa(20, AgentProcess.workload(10, 2), 0)).path("id").asText();
    awaitState(id, "SUCCEEDED");
    String q = "/api/v1/pool/logs?task=" + id;
    JsonNode usage = ok("GET", q + "&contains=usage%20memory_mb&node=q-a&since=" + before, null);
    assertThat(usage.size()).isPositive();
    for (JsonNode l : usage) {
      assertThat(l.path("line").asText()).startsWith("usage memory_mb=10");
      assertThat(l.path("node").asText()).isEqualTo("q-a");
    }
    assertThat(ok("GET", q + "&until=" + before, null)).isEmpty();
    assertThat(ok("GET", q + "&node=controller", null).toString()).contains("completed");
    var http = java.net.http.HttpClient.newHttpClient();
    var res =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(controller() + q + "&format=text"))
                .header("Authorization", "Bearer " + token())
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    assertThat(res.body().lines().filter(l -> l.contains(id))).hasSizeGreaterThan(usage.size());
  }

  private static List<String> quote(List<String> args) {
    return args.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList();
  }
}
