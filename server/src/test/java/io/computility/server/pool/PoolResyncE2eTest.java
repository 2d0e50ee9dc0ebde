package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.TestAuth;
import io.computility.server.testsupport.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POOL-8.1 end to end with every part a real process: the agent starts before the controller, the
 * controller crashes and comes back without losing the running task, and an agent crash is noticed
 * and its node resynchronised when it comes back.
 */
class PoolResyncE2eTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private int port;
  private String token;

  private JsonNode call(String method, String path, Object body) throws Exception {
    if (token == null) token = TestAuth.adminToken(port);
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", TestAuth.bearer(token))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
    return res.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(res.body());
  }

  private String state(String id) throws Exception {
    return call("GET", "/api/v1/pool/tasks/" + id, null).path("data").path("state").asText();
  }

  private void awaitState(String id, String state) {
    await().atMost(Duration.ofSeconds(60)).until(() -> state(id), s -> s.equals(state));
  }

  private long started(String id) throws Exception {
    long n = 0;
    for (JsonNode l : call("GET", "/api/v1/pool/tasks/" + id + "/logs", null).path("data")) {
      if (l.path("line").asText().contains("started pid")) n++;
    }
    return n;
  }

  @Test
  @DisplayName(
      "POOL-8.1 any start order; a controller crash loses no task or allocation; an agent restart resyncs")
  void resync() throws Exception {
    port = ControllerProcess.freePort();
    String db = TestPostgres.newDatabase();
    Path dir = Files.createTempDirectory("pool-resync");
    String url = "http://127.0.0.1:" + port;
    AgentProcess agent =
        AgentProcess.start(url, "r-a", AgentProcess.cards("nvidia", "T4", 16384, 1, "r-a-gpu"));
    AgentProcess second = null;
    ControllerProcess controller = ControllerProcess.start(port, db, dir);
    try {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> call("GET", "/api/v1/pool/nodes/r-a", null).path("status").asInt() == 200);
      Map<String, Object> t =
          Map.of("computePercent", 40, "memoryMb", 2000, "command", AgentProcess.workload(10, 120));
      String id = call("POST", "/api/v1/pool/tasks", t).path("data").path("id").asText();
      awaitState(id, "RUNNING");

      controller.kill9();
      Thread.sleep(1000);
      assertThat(agent.process.isAlive()).isTrue();
      controller = ControllerProcess.start(port, db, dir);
      token = null; // log in again on the restarted controller
      JsonNode after = call("GET", "/api/v1/pool/tasks/" + id, null).path("data");
      assertThat(after.path("state").asText()).isEqualTo("RUNNING");
      assertThat(after.path("slots").get(0).path("card").asText()).isEqualTo("r-a-gpu-0");
      JsonNode card =
          call("GET", "/api/v1/pool/nodes/r-a", null).path("data").path("devices").get(0);
      assertThat(card.path("usedPercent").asInt()).isEqualTo(40);
      String seen =
          call("GET", "/api/v1/pool/nodes/r-a", null).path("data").path("lastSeen").asText();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  !call("GET", "/api/v1/pool/nodes/r-a", null)
                      .path("data")
                      .path("lastSeen")
                      .asText()
                      .equals(seen));
      assertThat(started(id)).isEqualTo(1);
      call("POST", "/api/v1/pool/tasks/" + id + "/stop", null);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  Files.readString(agent.log).contains("")
                      && logHas(id, "stopped; slice released"));

      String lost = call("POST", "/api/v1/pool/tasks", t).path("data").path("id").asText();
      awaitState(lost, "RUNNING");
      List<ProcessHandle> children = agent.process.descendants().toList();
      agent.process.destroyForcibly();
      agent.process.waitFor();
      children.forEach(ProcessHandle::destroyForcibly);
      second =
          AgentProcess.start(url, "r-a", AgentProcess.cards("nvidia", "T4", 16384, 1, "r-a-gpu"));
      awaitState(lost, "FAILED");
      assertThat(
              call("GET", "/api/v1/pool/tasks/" + lost, null).path("data").path("reason").asText())
          .contains("restarted");
      String fresh = call("POST", "/api/v1/pool/tasks", t).path("data").path("id").asText();
      awaitState(fresh, "RUNNING");
    } finally {
      if (second != null) second.stop();
      agent.stop();
      controller.stop();
    }
  }

  private boolean logHas(String id, String text) throws Exception {
    for (JsonNode l : call("GET", "/api/v1/pool/tasks/" + id + "/logs", null).path("data")) {
      if (l.path("line").asText().contains(text)) return true;
    }
    return false;
  }
}
