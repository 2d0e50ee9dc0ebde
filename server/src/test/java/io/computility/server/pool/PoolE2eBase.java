package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real controller (the whole server on a fresh PostgreSQL) and real agent processes with fake
 * cards. Agents are shared by the tests of a class; each test stops the tasks it started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PoolE2eBase extends FederationTestBase {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  final List<AgentProcess> agents = new ArrayList<>();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void poolProperties(DynamicPropertyRegistry r) {
    r.add("computility.pool.heartbeat", () -> "200ms");
    r.add("computility.pool.tick", () -> "100ms");
    r.add("computility.pool.agent-lost-after", () -> "2s");
  }

  String controller() {
    return "http://127.0.0.1:" + port;
  }

  AgentProcess startAgent(String name, String cardsYaml, String... extraOptions) throws Exception {
    return startAgent(name, cardsYaml, Map.of(), extraOptions);
  }

  AgentProcess startAgent(
      String name, String cardsYaml, Map<String, String> env, String... extraOptions)
      throws Exception {
    AgentProcess a = AgentProcess.start(controller(), name, cardsYaml, List.of(extraOptions), env);
    agents.add(a);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              if (!a.process.isAlive()) {
                throw new IllegalStateException(
                    "agent " + name + " exited: " + java.nio.file.Files.readString(a.log));
              }
              return call("GET", "/api/v1/pool/nodes/" + name, null).status() == 200;
            });
    return a;
  }

  record Answer(int status, JsonNode body) {
    JsonNode data() {
      return body.path("data");
    }
  }

  private String token;

  /** The platform admin's token, logged in once per class. */
  synchronized String token() {
    if (token == null) token = TestAuth.adminToken(port);
    return token;
  }

  Answer call(String method, String path, Object body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(controller() + path))
            .header("Content-Type", "application/json")
            .header("Authorization", TestAuth.bearer(token()))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode node = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
    return new Answer(r.statusCode(), node);
  }

  JsonNode ok(String method, String path, Object body) throws Exception {
    Answer a = call(method, path, body);
    assertThat(a.status()).as(method + " " + path + " -> " + a.body()).isBetween(200, 299);
    return a.data();
  }

  /** Submits a task; answers its view. */
  JsonNode submit(Map<String, Object> task) throws Exception {
    return ok("POST", "/api/v1/pool/tasks", task);
  }

  JsonNode task(String id) throws Exception {
    return ok("GET", "/api/v1/pool/tasks/" + id, null);
  }

  JsonNode awaitState(String id, String state) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> task(id).path("state").asText(), s -> s.equals(state));
    try {
      return task(id);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  JsonNode device(String uuid) throws Exception {
    for (JsonNode d : ok("GET", "/api/v1/pool/devices", null)) {
      if (d.path("uuid").asText().equals(uuid)) return d;
    }
    return null;
  }

  List<String> logLines(String id) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode l : ok("GET", "/api/v1/pool/tasks/" + id + "/logs", null)) {
      out.add(l.path("line").asText());
    }
    return out;
  }

  /** Waits until the task's log has a line containing {@code text}. */
  void awaitLog(String id, String text) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> logLines(id).stream().anyMatch(l -> l.contains(text)));
  }

  static List<String> cards(JsonNode task) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : task.path("slots")) out.add(s.path("card").asText());
    return out;
  }

  @AfterEach
  void stopActiveTasks() throws Exception {
    for (JsonNode t : ok("GET", "/api/v1/pool/tasks", null)) {
      String state = t.path("state").asText();
      if (state.equals("QUEUED")
          || state.equals("SCHEDULED")
          || state.equals("RUNNING")
          || state.equals("MIGRATING")) {
        call("POST", "/api/v1/pool/tasks/" + t.path("id").asText() + "/stop", null);
      }
    }
    // Back to the pool's default policy for the next test.
    call("PUT", "/api/v1/pool/policy", Map.of("policy", "frag-aware"));
  }

  @AfterAll
  void stopAgents() throws Exception {
    for (AgentProcess a : agents) {
      a.stop();
      call("DELETE", "/api/v1/pool/nodes/" + a.name, null);
    }
  }
}
