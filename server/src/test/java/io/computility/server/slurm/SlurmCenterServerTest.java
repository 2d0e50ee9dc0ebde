package io.computility.server.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import io.computility.server.crash.ServerProcess;
import io.computility.server.testsupport.TestAuth;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A server process whose topology names a real Slurm cluster ({@code type: slurm}): the cluster
 * joins as a center, JC jobs run on it as Slurm batch jobs, and its partitions are served as
 * queues. Needs the Slurm of {@code .ci/slurm-up.sh}; with CI set a missing one fails the test.
 */
class SlurmCenterServerTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String REST =
      System.getenv().getOrDefault("SLURM_REST_URL", "http://127.0.0.1:6820");
  private static final Path KEY =
      Path.of(System.getenv().getOrDefault("SLURM_JWT_KEY", "/etc/slurm/jwt_hs256.key"));
  private static ServerProcess server;

  @BeforeAll
  static void start() throws Exception {
    requireSlurm();
    Path data = Files.createDirectories(Paths.get("target", "slurm-server-" + System.nanoTime()));
    String yaml =
        new String(
            SlurmCenterServerTest.class
                .getResourceAsStream("/slurm/slurm-topology.yaml")
                .readAllBytes());
    Files.writeString(
        data.resolve("topology.yaml"),
        yaml.replace("REST_URL", REST).replace("JWT_KEY", KEY.toString()));
    server =
        ServerProcess.start(
            data,
            data.resolve("topology.yaml"),
            ServerProcess.freePort(),
            data.resolve("server.log"),
            List.of("--computility.adapters.poll-interval=300ms"));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null) server.stop();
  }

  @Test
  @DisplayName("JC-6.4 NET-6.2 a JC job on a type: slurm center runs as a Slurm job and completes")
  void jobRunsOnSlurm() throws Exception {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> get("/api/v1/centers/hpc").path("data").path("status").asInt() == 1);
    JsonNode created =
        post(
            "/openapi/v1/trainjob",
            "{\"name\":\"on-slurm\",\"pinnedCenters\":[\"hpc\"],\"tasks\":[{\"name\":\"t\","
                + "\"command\":\"echo hello-slurm; sleep 1\",\"imageId\":\"hpc/hpc-shell\","
                + "\"resourceSpecId\":\"hpc-1c\",\"replicaNumber\":1}]}");
    assertThat(created.path("status").asInt()).as(created.toString()).isEqualTo(201);
    String id = created.path("data").path("jobId").asString();
    JsonNode[] job = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              job[0] = get("/openapi/v1/trainjob/" + id).path("data");
              return job[0].path("status").asString().matches("completed|failed|stopped");
            });
    assertThat(job[0].path("status").asString()).as(job[0].toString()).isEqualTo("completed");
    assertThat(job[0].path("taskInfos").path(0).path("centerIDs").toString()).contains("hpc");
  }

  @Test
  @DisplayName("CMP-hpcqueue GET /api/v1/centers/{id}/queues lists the Slurm partitions as queues")
  void queuesEndpoint() throws Exception {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> get("/api/v1/centers/hpc").path("data").path("status").asInt() == 1);
    JsonNode queues = get("/api/v1/centers/hpc/queues").path("data");
    assertThat(queues.isArray()).as(queues.toString()).isTrue();
    JsonNode batch = null;
    for (JsonNode q : queues) if (q.path("name").asString().equals("batch")) batch = q;
    assertThat(batch).as(queues.toString()).isNotNull();
    assertThat(batch.path("priority").asInt()).isEqualTo(10);
    assertThat(batch.path("max_time_minutes").asLong()).isEqualTo(2880);
    assertThat(batch.path("over_subscribe").asString()).isEqualTo("FORCE:2");
    assertThat(batch.path("state").asString()).isEqualTo("UP");
    assertThat(queues.toString()).contains("\"DRAIN\"");
    JsonNode unknown = get("/api/v1/centers/nowhere/queues");
    assertThat(unknown.path("status").asInt()).isEqualTo(404);
  }

  private static void requireSlurm() {
    URI u = URI.create(REST);
    boolean reachable;
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(u.getHost(), u.getPort()), 2000);
      reachable = true;
    } catch (IOException e) {
      reachable = false;
    }
    if (reachable && Files.isReadable(KEY)) return;
    String why =
        "Slurm at " + REST + " with key " + KEY + " not available; run .ci/slurm-up.sh as root";
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) fail("CI: " + why);
    Assumptions.abort(why);
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Authorization", TestAuth.bearer(server.adminToken()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  private static JsonNode post(String path, String body) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/json")
                .header("Authorization", TestAuth.bearer(server.adminToken()))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }
}
