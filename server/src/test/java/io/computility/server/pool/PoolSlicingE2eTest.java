package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed §12 tests on slices, run end to end: a real controller, two real agent processes (node s-a
 * with two NVIDIA cards, node s-b with two Hygon cards, both fake devices) and the bundled workload
 * as real task processes.
 */
class PoolSlicingE2eTest extends PoolE2eBase {

  @BeforeAll
  void agents() throws Exception {
    startAgent("s-a", AgentProcess.cards("nvidia", "A100-40G", 40960, 2, "s-a-gpu"));
    startAgent("s-b", AgentProcess.cards("hygon", "Z100", 32768, 2, "s-b-dcu"));
  }

  static Map<String, Object> task(int pct, long mb, List<String> command) {
    Map<String, Object> t = new HashMap<>();
    t.put("computePercent", pct);
    t.put("memoryMb", mb);
    t.put("command", command);
    return t;
  }

  @Test
  @DisplayName(
      "POOL-T12.1 fixed slice: the task gets the configured 1 %/1 MB-grained slice, not what it asks in its environment")
  void fixedConfiguration() throws Exception {
    Map<String, Object> t = task(31, 1001, AgentProcess.workload(20, 30));
    t.put(
        "env", Map.of("COMPUTILITY_VGPU_CORE_PERCENT", "80", "COMPUTILITY_VGPU_MEMORY_MB", "4000"));
    String id = submit(t).path("id").asText();
    JsonNode running = awaitState(id, "RUNNING");
    assertThat(running.path("slots").get(0).path("computePercent").asInt()).isEqualTo(31);
    assertThat(running.path("slots").get(0).path("memoryMb").asLong()).isEqualTo(1001);
    awaitLog(id, "limit_memory_mb=1001 core_percent=31");
    assertThat(logLines(id)).noneMatch(l -> l.contains("core_percent=80"));
    JsonNode card = device(cards(running).get(0));
    assertThat(card.path("usedPercent").asInt()).isEqualTo(31);
    assertThat(card.path("usedMemoryMb").asLong()).isEqualTo(1001);
  }

  @Test
  @DisplayName(
      "POOL-T12.2 POOL-7.1d a running task's slice is resized live, without restarting its process")
  void resizeWithoutRestart() throws Exception {
    String id = submit(task(20, 500, AgentProcess.workload(20, 60))).path("id").asText();
    awaitState(id, "RUNNING");
    awaitLog(id, "limit_memory_mb=500 core_percent=20");
    JsonNode resized =
        ok(
            "PUT",
            "/api/v1/pool/tasks/" + id + "/slice",
            Map.of("computePercent", 45, "memoryMb", 800));
    assertThat(resized.path("slots").get(0).path("computePercent").asInt()).isEqualTo(45);
    awaitLog(id, "resized limit_memory_mb=800 core_percent=45");
    awaitLog(id, "usage memory_mb=20 core_percent=45 limit_memory_mb=800");
    List<String> log = logLines(id);
    assertThat(log.stream().filter(l -> l.contains("started pid"))).hasSize(1);
    assertThat(log.stream().filter(l -> l.startsWith("started memory_mb"))).hasSize(1);
    assertThat(task(id).path("state").asText()).isEqualTo("RUNNING");
    assertThat(device(cards(resized).get(0)).path("usedPercent").asInt()).isEqualTo(45);
  }

  @Test
  @DisplayName("POOL-T12.4 POOL-7.1b POOL-7.3a one task aggregates cards of two nodes")
  void gangAcrossNodes() throws Exception {
    Map<String, Object> t = task(10, 100, AgentProcess.workload(10, 30));
    t.put("count", 4);
    t.put("gang", true);
    String id = submit(t).path("id").asText();
    JsonNode running = awaitState(id, "RUNNING");
    assertThat(running.path("slots")).hasSize(4);
    assertThat(running.path("parts").path("s-a").asText()).isEqualTo("running");
    assertThat(running.path("parts").path("s-b").asText()).isEqualTo("running");
    assertThat(logLines(id).stream().filter(l -> l.contains("started pid"))).hasSize(2);
    for (String card : cards(running))
      assertThat(device(card).path("tasks").toString()).contains(id);
  }

  @Test
  @DisplayName(
      "POOL-T12.5 POOL-7.2d two tasks on one card together exceed it thanks to over-subscription")
  void overSubscription() throws Exception {
    ok("PATCH", "/api/v1/pool/devices/s-a-gpu-0", Map.of("overSubscription", 2.0));
    try {
      Map<String, Object> t = task(70, 30000, AgentProcess.workload(10, 30));
      t.put("card", "s-a-gpu-0");
      String a = submit(t).path("id").asText();
      String b = submit(t).path("id").asText();
      awaitState(a, "RUNNING");
      awaitState(b, "RUNNING");
      JsonNode card = device("s-a-gpu-0");
      assertThat(card.path("usedPercent").asInt()).isEqualTo(140);
      assertThat(card.path("usedMemoryMb").asLong()).isGreaterThan(card.path("memoryMb").asLong());
      awaitLog(a, "usage memory_mb=10");
      awaitLog(b, "usage memory_mb=10");
    } finally {
      stopActiveTasks();
      ok("PATCH", "/api/v1/pool/devices/s-a-gpu-0", Map.of("overSubscription", 1.0));
    }
  }

  @Test
  @DisplayName("POOL-T12.6 a request above the tenant's quota fails and says so")
  void quota() throws Exception {
    ok("PUT", "/api/v1/pool/quotas/t126", Map.of("computePercent", 50, "memoryMb", 4000));
    Map<String, Object> big = task(60, 1000, AgentProcess.workload(10, 30));
    big.put("tenant", "t126");
    Answer refused = call("POST", "/api/v1/pool/tasks", big);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().path("errorMsg").asText()).contains("quota");
    Map<String, Object> fits = task(40, 1000, AgentProcess.workload(10, 30));
    fits.put("tenant", "t126");
    awaitState(submit(fits).path("id").asText(), "RUNNING");
    Map<String, Object> more = task(20, 100, AgentProcess.workload(10, 30));
    more.put("tenant", "t126");
    assertThat(call("POST", "/api/v1/pool/tasks", more).status()).isEqualTo(422);
    long stored = 0;
    for (JsonNode x : ok("GET", "/api/v1/pool/tasks", null)) {
      if (x.path("tenant").asText().equals("t126")) stored++;
    }
    assertThat(stored).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "POOL-T12.7 POOL-7.2c a task pinned to a card model runs on it; an absent model fails")
  void cardModel() throws Exception {
    Map<String, Object> t = task(10, 100, AgentProcess.workload(10, 30));
    t.put("model", "Z100");
    JsonNode running = awaitState(submit(t).path("id").asText(), "RUNNING");
    assertThat(cards(running)).allMatch(c -> c.startsWith("s-b-dcu"));
    t.put("model", "H800");
    Answer refused = call("POST", "/api/v1/pool/tasks", t);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().path("errorMsg").asText()).contains("H800");
  }

  @Test
  @DisplayName("POOL-T12.8 POOL-7.2c a task pinned to a node gets virtual cards of that node")
  void pinNode() throws Exception {
    for (String node : List.of("s-a", "s-b")) {
      Map<String, Object> t = task(10, 100, AgentProcess.workload(10, 30));
      t.put("node", node);
      String id = submit(t).path("id").asText();
      JsonNode running = awaitState(id, "RUNNING");
      assertThat(running.path("slots").get(0).path("node").asText()).isEqualTo(node);
      JsonNode view = ok("GET", "/api/v1/pool/nodes/" + node, null);
      assertThat(view.path("devices").toString()).contains(id);
    }
  }

  @Test
  @DisplayName("POOL-T12.9 two 100 % tasks with the same affinity share one over-subscribed card")
  void affinity() throws Exception {
    for (String c : List.of("s-a-gpu-0", "s-a-gpu-1", "s-b-dcu-0", "s-b-dcu-1")) {
      ok("PATCH", "/api/v1/pool/devices/" + c, Map.of("overSubscription", 2.0));
    }
    try {
      Map<String, Object> t = task(100, 1000, AgentProcess.workload(10, 20));
      t.put("affinity", "pair-129");
      t.put("policy", "device-spread");
      JsonNode a = awaitState(submit(t).path("id").asText(), "RUNNING");
      JsonNode b = awaitState(submit(t).path("id").asText(), "RUNNING");
      assertThat(cards(b)).isEqualTo(cards(a));
      assertThat(device(cards(a).get(0)).path("usedPercent").asInt()).isEqualTo(200);
    } finally {
      stopActiveTasks();
      for (String c : List.of("s-a-gpu-0", "s-a-gpu-1", "s-b-dcu-0", "s-b-dcu-1")) {
        ok("PATCH", "/api/v1/pool/devices/" + c, Map.of("overSubscription", 1.0));
      }
    }
  }

  @Test
  @DisplayName("POOL-T12.14 a custom spec fixes the slice; the task's environment cannot change it")
  void customSpec() throws Exception {
    ok("PUT", "/api/v1/pool/specs/small", Map.of("computePercent", 15, "memoryMb", 700));
    Map<String, Object> t = new HashMap<>();
    t.put("spec", "small");
    t.put("command", AgentProcess.workload(10, 30));
    t.put(
        "env", Map.of("COMPUTILITY_VGPU_CORE_PERCENT", "90", "COMPUTILITY_VGPU_MEMORY_MB", "9000"));
    String id = submit(t).path("id").asText();
    JsonNode running = awaitState(id, "RUNNING");
    assertThat(running.path("spec").asText()).isEqualTo("small");
    assertThat(running.path("slots").get(0).path("computePercent").asInt()).isEqualTo(15);
    assertThat(running.path("slots").get(0).path("memoryMb").asLong()).isEqualTo(700);
    awaitLog(id, "limit_memory_mb=700 core_percent=15");
  }

  @Test
  @DisplayName(
      "POOL-T12.24 POOL-7.4 a task that runs out of its slice's memory fails alone; its card neighbour keeps running")
  void memoryFaultIsolation() throws Exception {
    Map<String, Object> good = task(30, 1000, AgentProcess.workload(20, 60));
    good.put("card", "s-b-dcu-1");
    String a = submit(good).path("id").asText();
    awaitState(a, "RUNNING");
    Map<String, Object> bad = task(30, 100, AgentProcess.workload(200, 60));
    bad.put("card", "s-b-dcu-1");
    String b = submit(bad).path("id").asText();
    JsonNode failed = awaitState(b, "FAILED");
    assertThat(failed.path("exitCode").asInt()).isEqualTo(2);
    awaitLog(b, "out of memory");
    int before = logLines(a).size();
    awaitLog(a, "step=");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(() -> logLines(a).size() > before + 2);
    assertThat(task(a).path("state").asText()).isEqualTo("RUNNING");
  }
}
