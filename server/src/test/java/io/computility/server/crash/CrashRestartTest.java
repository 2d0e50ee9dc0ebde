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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 of a real server process on its embedded PostgreSQL, in the middle of accepting and
 * dispatching jobs; a second process on the same data folder must finish every accepted job, and no
 * replica may have been started twice.
 */
class CrashRestartTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  @DisplayName(
      "JC-6.4 JC-A.1 nothing accepted is lost across kill -9 and restart, and no replica starts twice")
  void killNineAndRestart() throws Exception {
    Path data = Files.createDirectories(Paths.get("target", "crash-restart-" + System.nanoTime()));
    Path topology = data.resolve("topology.yaml");
    Files.copy(Paths.get(getClass().getResource("/topology/test-topology.yaml").toURI()), topology);
    Path log = data.resolve("server.log");
    int port = ServerProcess.freePort();
    ServerProcess first = ServerProcess.start(data, topology, port, log);
    List<String> accepted = new ArrayList<>();
    try {
      for (int i = 0; i < 30; i++) accepted.add(submit(first, "crash-" + i));
    } finally {
      first.kill9();
    }
    assertThat(accepted).hasSize(30);

    ServerProcess second = ServerProcess.start(data, topology, port, log);
    try {
      for (String id : accepted) {
        await()
            .atMost(Duration.ofSeconds(90))
            .failFast(() -> status(second, id).matches("failed|stopped"))
            .until(() -> "completed".equals(status(second, id)));
      }
    } finally {
      second.stop();
    }
    Map<String, Integer> starts = startsPerReplica(data.resolve("sim-journal"));
    for (String id : accepted) {
      assertThat(starts).as("starts of %s", id).containsEntry(id + "/0/0/0", 1);
      assertThat(starts).as("starts of %s", id).containsEntry(id + "/0/1/0", 1);
    }
    assertThat(starts.values()).allMatch(n -> n == 1);
    deleteRecursively(data); // kept when the test fails, for the post-mortem
  }

  private static void deleteRecursively(Path dir) throws Exception {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList())
        Files.deleteIfExists(p);
    }
  }

  private String submit(ServerProcess s, String name) throws Exception {
    String body =
        "{\"name\":\""
            + name
            + "\",\"tasks\":[{\"name\":\"t\",\"command\":\"sleep 60\","
            + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-4\",\"replicaNumber\":2}]}";
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(s.url("/openapi/v1/trainjob")))
                .header("Content-Type", "application/json")
                .header("Authorization", TestAuth.bearer(s.adminToken()))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).path("data").path("jobId").asText();
  }

  private String status(ServerProcess s, String id) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(s.url("/openapi/v1/trainjob/" + id)))
                .header("Authorization", TestAuth.bearer(s.adminToken()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode n = JSON.readTree(r.body());
    return n.path("data").path("status").asText();
  }

  /** Counts "R" (replica started) records per replica key in the sim centers' journals. */
  private static Map<String, Integer> startsPerReplica(Path journals) throws Exception {
    Map<String, Integer> starts = new HashMap<>();
    try (Stream<Path> files = Files.list(journals)) {
      for (Path f : files.toList()) {
        for (String line : Files.readAllLines(f)) {
          String[] fields = line.split("\t");
          if (fields.length > 1 && fields[0].equals("R")) starts.merge(fields[1], 1, Integer::sum);
        }
      }
    }
    return starts;
  }
}
