package io.computility.server.it;

import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small JSON-over-HTTP client for tests against a real running server, sending a bearer token
 * (the bootstrap admin's unless another is given; null sends none).
 */
final class Http {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;
  private final String token;

  Http(int port) {
    this(port, TestAuth.adminToken(port));
  }

  Http(int port, String token) {
    this.base = "http://127.0.0.1:" + port;
    this.token = token;
  }

  /** One answer: HTTP status and parsed body (null when not JSON). */
  record Answer(int status, JsonNode body, String text, java.net.http.HttpHeaders headers) {
    JsonNode data() {
      return body.path("data");
    }

    /** A response header, or null. */
    String header(String name) {
      return headers == null ? null : headers.firstValue(name).orElse(null);
    }
  }

  Answer get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Answer getUrl(String url) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  Answer post(String path, String json) throws Exception {
    return send(json(path).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Answer put(String path, String json) throws Exception {
    return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  Answer patch(String path, String json) throws Exception {
    return send(json(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  Answer delete(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  private HttpRequest.Builder json(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json");
  }

  private Answer send(HttpRequest.Builder b) throws Exception {
    if (token != null) b.header("Authorization", TestAuth.bearer(token));
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body = null;
    try {
      body = JSON.readTree(r.body());
    } catch (RuntimeException notJson) {
      // plain text, e.g. a log
    }
    return new Answer(r.statusCode(), body, r.body(), r.headers());
  }
}
