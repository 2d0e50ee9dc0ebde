package io.computility.adapter.http;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.Backoff;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP calls to a Computility server's REST API (a lower tier's JC API, a pool controller). Every
 * answer is the JC envelope; this returns its {@code data}. Timeouts, connection failures, 5xx, 429
 * and 401/403 (expired credentials) are transient {@link AdapterException}s retried with the
 * configured backoff; other 4xx are refusals; 404 is an empty answer.
 */
public final class JsonHttpClient {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String label;
  private final String baseUrl;
  private final String token;
  private final Duration callTimeout;
  private final Backoff backoff;
  private final HttpClient client;

  /**
   * @param label how errors name the other side, e.g. {@code "tier c1"} or {@code "pool p1"}
   * @param baseUrl base URL of the server; paths are appended to it
   * @param token bearer token sent as {@code Authorization: Bearer <token>}; null or blank sends
   *     none
   * @param callTimeout longest wait for one HTTP answer (also the connect timeout)
   * @param backoff retry of transient failures of one call
   */
  public JsonHttpClient(
      String label, URI baseUrl, String token, Duration callTimeout, Backoff backoff) {
    this.label = label;
    this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
    this.token = token;
    this.callTimeout = callTimeout;
    this.backoff = backoff;
    this.client = HttpClient.newBuilder().connectTimeout(callTimeout).build();
  }

  /** GET of a JSON envelope; empty on 404. */
  public Optional<JsonNode> get(String path) {
    return backoff.call(() -> exchange(request(path).GET()));
  }

  /** POST of a JSON body; empty on 404. */
  public Optional<JsonNode> post(String path, Object body) {
    String json = body == null ? "" : JSON.writeValueAsString(body);
    return backoff.call(
        () ->
            exchange(
                request(path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))));
  }

  /** GET of plain text; empty on 404. */
  public Optional<String> text(String path) {
    return backoff.call(
        () -> {
          HttpResponse<String> r = send(request(path).GET());
          if (r.statusCode() == 404) return Optional.empty();
          failOnError(r, path);
          return Optional.of(r.body());
        });
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(callTimeout)
            .header("Accept", "application/json");
    if (token != null && !token.isBlank()) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private Optional<JsonNode> exchange(HttpRequest.Builder b) {
    HttpResponse<String> r = send(b);
    String path = r.request().uri().getPath();
    if (r.statusCode() == 404) return Optional.empty();
    failOnError(r, path);
    try {
      return Optional.of(JSON.readTree(r.body()).path("data"));
    } catch (JacksonException e) {
      throw new AdapterException(where(path) + "answered no JSON: " + e.getOriginalMessage(), true);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AdapterException(label + " unreachable: " + e.getClass().getSimpleName(), true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AdapterException("interrupted calling " + label, true, e);
    }
  }

  private void failOnError(HttpResponse<String> r, String path) {
    int s = r.statusCode();
    if (s < 400) return;
    String msg = errorMsg(r.body());
    if (s == 401 || s == 403) {
      throw new AdapterException(where(path) + "refused our credentials (" + s + ") " + msg, true);
    }
    boolean retry = s >= 500 || s == 429 || s == 408;
    throw new AdapterException(where(path) + "answered " + s + " " + msg, retry);
  }

  private String where(String path) {
    return label + " " + path + " ";
  }

  private static String errorMsg(String body) {
    try {
      return JSON.readTree(body).path("errorMsg").asString("");
    } catch (JacksonException e) {
      return body == null ? "" : body.substring(0, Math.min(body.length(), 120));
    }
  }
}
