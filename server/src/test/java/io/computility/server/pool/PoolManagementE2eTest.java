package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed §12 tests on devices, nodes, policies and heterogeneous cards, end to end: node m-a with two
 * NVIDIA cards and node m-b with two Cambricon cards, as real agent processes.
 */
class PoolManagementE2eTest extends PoolE2eBase {

  @BeforeAll
  void agents() throws Exception {
    startAgent("m-a", AgentProcess.cards("nvidia", "A800", 81920, 2, "m-a-gpu"));
    startAgent("m-b", AgentProcess.cards("cambricon", "MLU370-X8", 24576, 2, "m-b-mlu"));
  }

  static Map<String, Object> task(Map<String, Object> extra) {
    Map<String, Object> t = new HashMap<>();
    t.put("computePercent", 10);
    t.put("memoryMb", 100);
    t.put("command", AgentProcess.workload(10, 30));
    t.putAll(extra);
    return t;
  }

  @Test
  @DisplayName(
      "POOL-T12.13 POOL-7.1a a logical resource group serves only the tenants authorised on it")
  void resourceGroups() throws Exception {
    ok(
        "PUT",
        "/api/v1/pool/groups/g-train",
        Map.of("cards", List.of("m-b-mlu-0"), "tenants", List.of("org-a")));
    try {
      JsonNode mine =
          awaitState(
              submit(task(Map.of("tenant", "org-a", "group", "g-train"))).path("id").asText(),
              "RUNNING");
      assertThat(cards(mine)).containsExactly("m-b-mlu-0");
      Answer refused =
          call("POST", "/api/v1/pool/tasks", task(Map.of("tenant", "org-b", "group", "g-train")));
      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.body().path("errorMsg").asText()).contains("not authorised");
      Answer pinned =
          call("POST", "/api/v1/pool/tasks", task(Map.of("tenant", "org-b", "card", "m-b-mlu-0")));
      assertThat(pinned.status()).isEqualTo(422);
      JsonNode elsewhere =
          awaitState(
              submit(task(Map.of("tenant", "org-b", "node", "m-b"))).path("id").asText(),
              "RUNNING");
      assertThat(cards(elsewhere)).containsExactly("m-b-mlu-1");
    } finally {
      stopActiveTasks();
      ok("DELETE", "/api/v1/pool/groups/g-train", null);
    }
  }

  @Test
  @DisplayName(
      "JC-6.4 POOL-7.1a a repeated submit with the same clientKey answers the first task, starts"
          + " nothing")
  void clientKeyIsIdempotent() throws Exception {
    String key = "fed-" + System.nanoTime();
    JsonNode first = submit(task(Map.of("clientKey", key)));
    JsonNode again = submit(task(Map.of("clientKey", key, "computePercent", 50)));
    assertThat(again.path("id").asText()).isEqualTo(first.path("id").asText());
    assertThat(again.path("computePercent").asInt()).isEqualTo(10);
    assertThat(again.path("clientKey").asText()).isEqualTo(key);
    int withKey = 0;
    for (JsonNode t : ok("GET", "/api/v1/pool/tasks", null)) {
      if (key.equals(t.path("clientKey").asText(null))) withKey++;
    }
    assertThat(withKey).isEqualTo(1);
    Answer tooLong = call("POST", "/api/v1/pool/tasks", task(Map.of("clientKey", "k".repeat(201))));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body().path("errorMsg").asText()).contains("clientKey");
  }

  @Test
  @DisplayName(
      "POOL-T12.15 a physical card and a virtual card both run tasks and both show as used")
  void dualPools() throws Exception {
    ok("PATCH", "/api/v1/pool/devices/m-a-gpu-0", Map.of("mode", "physical"));
    try {
      JsonNode whole =
          awaitState(
              submit(task(Map.of("physical", true, "node", "m-a"))).path("id").asText(), "RUNNING");
      assertThat(cards(whole)).containsExactly("m-a-gpu-0");
      assertThat(whole.path("slots").get(0).path("memoryMb").asLong()).isEqualTo(81920);
      JsonNode slice =
          awaitState(submit(task(Map.of("card", "m-a-gpu-1"))).path("id").asText(), "RUNNING");
      assertThat(cards(slice)).containsExactly("m-a-gpu-1");
      JsonNode physical = device("m-a-gpu-0");
      JsonNode virtual = device("m-a-gpu-1");
      assertThat(physical.path("mode").asText()).isEqualTo("physical");
      assertThat(physical.path("status").asText()).isEqualTo("used");
      assertThat(virtual.path("mode").asText()).isEqualTo("virtual");
      assertThat(virtual.path("status").asText()).isEqualTo("used");
      Answer busy = call("PATCH", "/api/v1/pool/devices/m-a-gpu-0", Map.of("mode", "virtual"));
      assertThat(busy.status()).isEqualTo(409);
    } finally {
      stopActiveTasks();
      ok("PATCH", "/api/v1/pool/devices/m-a-gpu-0", Map.of("mode", "virtual"));
    }
  }

  @Test
  @DisplayName(
      "POOL-T12.16 POOL-7.6a a card's virtualisation is switched on and off and the card is disabled and enabled")
  void deviceManagement() throws Exception {
    assertThat(
            ok("PATCH", "/api/v1/pool/devices/m-b-mlu-1", Map.of("mode", "physical"))
                .path("mode")
                .asText())
        .isEqualTo("physical");
    assertThat(
            ok("PATCH", "/api/v1/pool/devices/m-b-mlu-1", Map.of("mode", "virtual"))
                .path("mode")
                .asText())
        .isEqualTo("virtual");
    assertThat(
            ok("PATCH", "/api/v1/pool/devices/m-b-mlu-1", Map.of("enabled", false))
                .path("status")
                .asText())
        .isEqualTo("disabled");
    String id = submit(task(Map.of("card", "m-b-mlu-1"))).path("id").asText();
    assertThat(task(id).path("state").asText()).isEqualTo("QUEUED");
    ok("PATCH", "/api/v1/pool/devices/m-b-mlu-1", Map.of("enabled", true));
    awaitState(id, "RUNNING");
    assertThat(call("PATCH", "/api/v1/pool/devices/m-b-mlu-1", Map.of("mode", "shared")).status())
        .isEqualTo(400);
  }

  @Test
  @DisplayName("POOL-T12.17 POOL-7.6a a node is disabled and enabled, and its details are shown")
  void nodeManagement() throws Exception {
    JsonNode off = ok("PATCH", "/api/v1/pool/nodes/m-b", Map.of("enabled", false));
    assertThat(off.path("enabled").asBoolean()).isFalse();
    String id = submit(task(Map.of("node", "m-b"))).path("id").asText();
    assertThat(task(id).path("state").asText()).isEqualTo("QUEUED");
    ok("PATCH", "/api/v1/pool/nodes/m-b", Map.of("enabled", true));
    awaitState(id, "RUNNING");
    JsonNode detail = ok("GET", "/api/v1/pool/nodes/m-b", null);
    assertThat(detail.path("online").asBoolean()).isTrue();
    assertThat(detail.path("version").asText()).isEqualTo("0.1.0");
    assertThat(detail.path("backend").asText()).isEqualTo("accounting");
    assertThat(detail.path("devices")).hasSize(2);
    assertThat(detail.path("devices").toString()).contains(id);
  }

  @Test
  @DisplayName(
      "POOL-T12.25 POOL-7.6 nodes and cards join and leave while tasks run; busy ones leave when their task ends")
  void scaleOutAndIn() throws Exception {
    String running = submit(task(Map.of("node", "m-a"))).path("id").asText();
    awaitState(running, "RUNNING");
    AgentProcess c = startAgent("m-c", AgentProcess.cards("nvidia", "T4", 16384, 1, "m-c-gpu"));
    assertThat(ok("GET", "/api/v1/pool/nodes/m-c", null).path("devices")).hasSize(1);
    assertThat(task(running).path("state").asText()).isEqualTo("RUNNING");
    c.cards(
        "cards:\n"
            + AgentProcess.card("nvidia", "T4", 16384, 1, "m-c-gpu")
            + AgentProcess.card("nvidia", "L4", 24576, 1, "m-c-new"));
    await().atMost(Duration.ofSeconds(20)).until(() -> device("m-c-new-0") != null);
    String onNew = submit(task(Map.of("card", "m-c-new-0"))).path("id").asText();
    awaitState(onNew, "RUNNING");
    assertThat(task(running).path("state").asText()).isEqualTo("RUNNING");
    c.cards(AgentProcess.cards("nvidia", "T4", 16384, 1, "m-c-gpu"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> device("m-c-new-0").path("status").asText().equals("removing"));
    assertThat(task(onNew).path("state").asText()).isEqualTo("RUNNING");
    ok("POST", "/api/v1/pool/tasks/" + onNew + "/stop", null);
    await().atMost(Duration.ofSeconds(20)).until(() -> device("m-c-new-0") == null);
    String onC = submit(task(Map.of("node", "m-c"))).path("id").asText();
    awaitState(onC, "RUNNING");
    ok("DELETE", "/api/v1/pool/nodes/m-c", null);
    assertThat(ok("GET", "/api/v1/pool/nodes/m-c", null).path("removing").asBoolean()).isTrue();
    ok("POST", "/api/v1/pool/tasks/" + onC + "/stop", null);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> call("GET", "/api/v1/pool/nodes/m-c", null).status() == 404);
    c.process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(c.process.isAlive()).as("a removed node's agent stops").isFalse();
    assertThat(task(running).path("state").asText()).isEqualTo("RUNNING");
  }

  @Test
  @DisplayName(
      "POOL-T12.26 POOL-6b POOL-10 NVIDIA and Cambricon cards are managed together, switched to virtual and all run tasks")
  void heterogeneous() throws Exception {
    Set<String> vendors = new HashSet<>();
    List<String> uuids = new java.util.ArrayList<>();
    for (JsonNode d : ok("GET", "/api/v1/pool/devices", null)) {
      vendors.add(d.path("vendor").asText());
      uuids.add(d.path("uuid").asText());
    }
    assertThat(vendors).contains("nvidia", "cambricon");
    for (String u : uuids) ok("PATCH", "/api/v1/pool/devices/" + u, Map.of("mode", "physical"));
    for (String u : uuids) {
      assertThat(
              ok("PATCH", "/api/v1/pool/devices/" + u, Map.of("mode", "virtual"))
                  .path("mode")
                  .asText())
          .isEqualTo("virtual");
    }
    String nv = submit(task(Map.of("model", "A800"))).path("id").asText();
    String mlu = submit(task(Map.of("model", "MLU370-X8"))).path("id").asText();
    assertThat(cards(awaitState(nv, "RUNNING"))).allMatch(c -> c.startsWith("m-a"));
    assertThat(cards(awaitState(mlu, "RUNNING"))).allMatch(c -> c.startsWith("m-b"));
  }

  @Test
  @DisplayName(
      "POOL-T12.27 POOL-7.2a POOL-7.2b the global policy is set and followed; per-task policies override it")
  void schedulingPolicies() throws Exception {
    ok("PUT", "/api/v1/pool/policy", Map.of("policy", "node-spread"));
    assertThat(ok("GET", "/api/v1/pool/policy", null).path("policy").asText())
        .isEqualTo("node-spread");
    JsonNode a = awaitState(submit(task(Map.of())).path("id").asText(), "RUNNING");
    JsonNode b = awaitState(submit(task(Map.of())).path("id").asText(), "RUNNING");
    assertThat(a.path("slots").get(0).path("node").asText())
        .isNotEqualTo(b.path("slots").get(0).path("node").asText());
    stopActiveTasks();
    ok("PUT", "/api/v1/pool/policy", Map.of("policy", "device-binpack"));
    JsonNode c = awaitState(submit(task(Map.of())).path("id").asText(), "RUNNING");
    JsonNode d = awaitState(submit(task(Map.of())).path("id").asText(), "RUNNING");
    assertThat(cards(d)).isEqualTo(cards(c));
    JsonNode e =
        awaitState(submit(task(Map.of("policy", "device-spread"))).path("id").asText(), "RUNNING");
    assertThat(cards(e)).doesNotContainAnyElementsOf(cards(c));
    JsonNode f =
        awaitState(submit(task(Map.of("policy", "node-spread"))).path("id").asText(), "RUNNING");
    assertThat(f.path("policy").asText()).isEqualTo("node-spread");
    assertThat(call("PUT", "/api/v1/pool/policy", Map.of("policy", "random")).status())
        .isEqualTo(400);
  }

  private JsonNode component(String node) throws Exception {
    for (JsonNode n : ok("GET", "/api/v1/pool/components", null)) {
      if (n.path("name").asText().equals(node)) return n;
    }
    throw new AssertionError("no component on node " + node);
  }

  @Test
  @DisplayName(
      "POOL-T12.20 agent versions and state are listed per node; settings pushed to one node and to a batch are applied and acknowledged by the real agents")
  void componentManagement() throws Exception {
    JsonNode a = component("m-a");
    assertThat(a.path("version").asText()).isEqualTo("0.1.0");
    assertThat(a.path("online").asBoolean()).isTrue();
    assertThat(a.path("backend").asText()).isEqualTo("accounting");
    assertThat(component("m-b").path("version").asText()).isEqualTo("0.1.0");
    long bGeneration = component("m-b").path("config").path("generation").asLong();

    // Bad input is refused whole, naming the field; nothing changes.
    Answer badLevel = call("PUT", "/api/v1/pool/components/config", Map.of("logLevel", "LOUD"));
    assertThat(badLevel.status()).isEqualTo(400);
    assertThat(badLevel.body().path("errorMsg").asText()).contains("logLevel");
    Answer unknown =
        call(
            "PUT",
            "/api/v1/pool/components/config",
            Map.of("nodes", List.of("m-b", "nope"), "heartbeatMs", 300));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body().path("errorMsg").asText()).contains("nodes[1]");
    assertThat(component("m-b").path("config").path("generation").asLong()).isEqualTo(bGeneration);

    // One node: heartbeat interval and log level.
    JsonNode pushed =
        ok(
            "PUT",
            "/api/v1/pool/components/config",
            Map.of("nodes", List.of("m-a"), "heartbeatMs", 300, "logLevel", "DEBUG"));
    assertThat(pushed.size()).isEqualTo(1);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> component("m-a").path("configApplied").asBoolean());
    JsonNode applied = component("m-a").path("applied");
    assertThat(applied.path("heartbeatMs").asLong()).isEqualTo(300);
    assertThat(applied.path("logLevel").asText()).isEqualTo("DEBUG");
    // The agent logs at DEBUG only once the level really changed.
    AgentProcess agentA = agents.stream().filter(x -> x.name.equals("m-a")).findFirst().get();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> java.nio.file.Files.readString(agentA.log).contains("log level now DEBUG"));
    assertThat(component("m-b").path("config").path("generation").asLong()).isEqualTo(bGeneration);
    assertThat(component("m-b").path("applied").path("logLevel").asText()).isEqualTo("INFO");

    // A batch (every node): labels; m-a keeps its own log level.
    ok("PUT", "/api/v1/pool/components/config", Map.of("labels", Map.of("zone", "z1")));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                component("m-a").path("configApplied").asBoolean()
                    && component("m-b").path("configApplied").asBoolean());
    for (String n : List.of("m-a", "m-b")) {
      assertThat(component(n).path("applied").path("labels").path("zone").asText()).isEqualTo("z1");
    }
    assertThat(component("m-a").path("applied").path("logLevel").asText()).isEqualTo("DEBUG");
    assertThat(component("m-a").path("applied").path("heartbeatMs").asLong()).isEqualTo(300);
    // Back to the test's fast heartbeat for the other tests.
    ok("PUT", "/api/v1/pool/components/config", Map.of("heartbeatMs", 200, "logLevel", "INFO"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                component("m-a").path("configApplied").asBoolean()
                    && component("m-b").path("configApplied").asBoolean());
  }
}
