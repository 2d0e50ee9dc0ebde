package io.computility.server.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the Computility server and unwraps JC envelopes; errors become {@link ServerError}. */
final class ApiClient {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String token;

  /** A client sending {@code token} as bearer token (none when null). */
  ApiClient(String base, String token) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.token = token;
  }

  /** The envelope the server answers, checked: its code is OK. */
  JsonNode get(String path) {
    return envelope(send(HttpRequest.newBuilder(uri(path)).GET()));
  }

  JsonNode post(String path, String json) {
    HttpRequest.BodyPublisher body =
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json);
    return envelope(
        send(
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(body)));
  }

  /** Plain text at an absolute URL (a log); an error envelope there still fails. */
  String text(String url) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).GET());
    if (r.statusCode() >= 400) envelope(r);
    return r.body();
  }

  /** Plain text (a CSV export) at a path of this server. */
  String textAt(String path) {
    return text(base + path);
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (token != null) request.header("Authorization", "Bearer " + token);
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | IllegalArgumentException e) {
      throw new ServerError("cannot reach " + base + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerError("interrupted");
    }
  }

  private static JsonNode envelope(HttpResponse<String> r) {
    JsonNode root;
    try {
      root = JSON.readTree(r.body());
    } catch (JacksonException e) {
      throw new ServerError("server answered HTTP " + r.statusCode() + " without a JSON envelope");
    }
    String code = root.path("code").asString("");
    if (r.statusCode() >= 400 || !"OK".equals(code)) {
      String msg = root.path("errorMsg").asString("");
      String hint = r.statusCode() == 401 ? " (run computility login)" : "";
      throw new ServerError(
          (code.isEmpty() ? "HTTP " + r.statusCode() : code)
              + (msg.isEmpty() ? "" : ": " + msg)
              + hint);
    }
    return root;
  }
}
