package io.computility.agent.runtime;

import io.computility.pool.wire.AgentProtocol;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Calls the controller's agent endpoints; the controller never calls the agent. */
final class ControllerClient {
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final String base;
  private final String node;
  private final String token;

  ControllerClient(String controllerUrl, String node, String token) {
    this.base = controllerUrl.replaceAll("/+$", "") + "/api/v1/pool/agents";
    this.node = node;
    this.token = token;
  }

  AgentProtocol.HeartbeatReply register(AgentProtocol.Register r) throws IOException {
    return post(base, r);
  }

  AgentProtocol.HeartbeatReply heartbeat(AgentProtocol.Heartbeat hb) throws IOException {
    return post(base + "/" + encoded() + "/heartbeat", hb);
  }

  void logs(AgentProtocol.LogBatch batch) throws IOException {
    post(base + "/" + encoded() + "/logs", batch);
  }

  /** Hands a task's checkpoint archive to the controller (POOL-T12.23). */
  void uploadCheckpoint(String taskId, java.nio.file.Path tar) throws IOException {
    send(
        request(checkpoint(taskId))
            .timeout(Duration.ofMinutes(10))
            .header("Content-Type", "application/octet-stream")
            .PUT(HttpRequest.BodyPublishers.ofFile(tar))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  void downloadCheckpoint(String taskId, java.nio.file.Path tar) throws IOException {
    send(
        request(checkpoint(taskId)).timeout(Duration.ofMinutes(10)).GET().build(),
        HttpResponse.BodyHandlers.ofFile(tar));
  }

  void checkpointFailed(String taskId, String message) throws IOException {
    post(checkpoint(taskId) + "/failure", java.util.Map.of("message", message));
  }

  private String checkpoint(String taskId) {
    return base
        + "/"
        + encoded()
        + "/checkpoints/"
        + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
  }

  private <T> HttpResponse<T> send(HttpRequest req, HttpResponse.BodyHandler<T> body)
      throws IOException {
    HttpResponse<T> res;
    try {
      res = http.send(req, body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (res.statusCode() / 100 != 2) {
      throw new IOException("controller answered " + res.statusCode() + " to " + req.uri());
    }
    return res;
  }

  private String encoded() {
    return URLEncoder.encode(node, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private AgentProtocol.HeartbeatReply post(String url, Object body) throws IOException {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    HttpResponse<String> res;
    try {
      res = http.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (res.statusCode() / 100 != 2) {
      throw new IOException("controller answered " + res.statusCode() + ": " + res.body());
    }
    String text = res.body();
    return text == null || text.isBlank()
        ? null
        : JSON.readValue(text, AgentProtocol.HeartbeatReply.class);
  }
}
