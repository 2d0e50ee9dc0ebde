package io.computility.server.federation.center;

import io.computility.server.crash.ServerProcess;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real tier server processes on loopback and the HTTP calls the tier tests make. */
final class Tiers {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Fast retries and polls, so outages show within a second or two. */
  static final List<String> FAST_ADAPTERS =
      List.of(
          "--computility.adapters.call-timeout=2s",
          "--computility.adapters.retry-attempts=3",
          "--computility.adapters.retry-initial=100ms",
          "--computility.adapters.retry-max=400ms",
          "--computility.adapters.poll-interval=200ms",
          "--computility.monitor.center-lost-after=60s");

  private Tiers() {}

  /**
   * A fresh data folder with {@code topology} (a test resource) copied in, LOWER_URL replaced and
   * AGENT_TOKEN replaced by the machine token every test server process is started with.
   */
  static Path dataDir(String name, String topology, String lowerUrl) throws Exception {
    Path data = Files.createDirectories(Paths.get("target", name + "-" + System.nanoTime()));
    String yaml = new String(Tiers.class.getResourceAsStream("/tier/" + topology).readAllBytes());
    Files.writeString(
        data.resolve("topology.yaml"),
        yaml.replace("LOWER_URL", lowerUrl).replace("AGENT_TOKEN", TestAuth.AGENT_TOKEN));
    return data;
  }

  static ServerProcess start(Path data, int port, List<String> args) throws Exception {
    return ServerProcess.start(
        data, data.resolve("topology.yaml"), port, data.resolve("server.log"), args);
  }

  static JsonNode get(ServerProcess s, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(s.url(path)))
                .header("Authorization", TestAuth.bearer(s.adminToken()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  /** POSTs a JC-A.1 body; returns the whole envelope. */
  static JsonNode post(ServerProcess s, String path, String body) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(s.url(path)))
                .header("Content-Type", "application/json")
                .header("Authorization", TestAuth.bearer(s.adminToken()))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  static void stopQuietly(ServerProcess s) {
    if (s == null) return;
    try {
      s.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
