package io.computility.server.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 of a real server while clients keep submitting jobs: after a restart every job answered
 * 201 before the kill has its entry in the audit chain, and the chain verifies.
 */
class AuditCrashTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int CLIENTS = 8;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  @DisplayName(
      "ISSUE-12 every change answered 2xx before kill -9 is in the audit chain after restart, and"
          + " the chain verifies")
  void answeredChangesSurviveKillNine() throws Exception {
    Path data = Files.createDirectories(Paths.get("target", "audit-crash-" + System.nanoTime()));
    Path topology = data.resolve("topology.yaml");
    Files.copy(Paths.get(getClass().getResource("/topology/test-topology.yaml").toURI()), topology);
    Path log = data.resolve("server.log");
    int port = ServerProcess.freePort();
    ServerProcess first = ServerProcess.start(data, topology, port, log);
    String token = first.adminToken();
    AtomicInteger answered = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(clients.submit(() -> submitUntilRefused(first, token, answered)));
    }
    // Kill in the middle of the load, once a good number of changes were answered.
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> answered.get() >= 200);
    first.kill9();
    for (Future<?> f : running) f.get(30, TimeUnit.SECONDS);
    clients.shutdownNow();
    int accepted = answered.get();
    assertThat(accepted).isGreaterThanOrEqualTo(200);

    ServerProcess second = ServerProcess.start(data, topology, port, log);
    try {
      String admin = TestAuth.adminToken(port);
      JsonNode verified = send(second, admin, "POST", "/api/v1/audit/verify").path("data");
      assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
      long audited = 0;
      for (int page = 0; ; page++) {
        JsonNode rows =
            send(
                    second,
                    admin,
                    "GET",
                    "/api/v1/audit/operations?action=/openapi/v1/trainjob&size=1000&page=" + page)
                .path("data");
        for (JsonNode r : rows) {
          if (r.path("action").asString().equals("POST /openapi/v1/trainjob")
              && r.path("result").asString().equals("201")) {
            audited++;
          }
        }
        if (rows.size() < 1000) break;
      }
      // Entries of requests cut off by the kill may be there too; none answered 201 may be missing.
      assertThat(audited).isGreaterThanOrEqualTo(accepted);
    } finally {
      second.stop();
    }
  }

  private void submitUntilRefused(ServerProcess s, String token, AtomicInteger answered) {
    String body =
        "{\"name\":\"audited\",\"tasks\":[{\"name\":\"t\",\"command\":\"sleep 60\","
            + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-4\",\"replicaNumber\":1}]}";
    while (true) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(s.url("/openapi/v1/trainjob")))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .header("Authorization", TestAuth.bearer(token))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 201) answered.incrementAndGet();
      } catch (Exception killed) {
        return; // the server is gone
      }
    }
  }

  private JsonNode send(ServerProcess s, String token, String method, String path)
      throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(s.url(path)))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", TestAuth.bearer(token))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
