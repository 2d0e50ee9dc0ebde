package io.computility.server.fuzz;

import io.computility.server.testsupport.TestAuth;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's session the fuzzer works in (the platform admin's, a tenant admin's). Operations may end
 * it (logout, a revoked token, a switched role): {@link #intact} notices, and {@link #relogin}
 * starts a new one.
 */
final class Session {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final JarServer server;
  final String username;
  private final String password;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private String token;
  private JsonNode me;
  int logins;

  Session(JarServer server, String username, String password) {
    this.server = server;
    this.username = username;
    this.password = password;
  }

  /** Logs in; an AssertionError when the user can no longer log in (locked out). */
  void relogin() {
    token = login();
    logins++;
    if (me == null) me = JSON.readTree(get("/api/v1/auth/me").body()).path("data");
  }

  /** A new token; waits out a throttled login (429, Retry-After) for up to a minute. */
  private String login() {
    String body =
        JSON.writeValueAsString(java.util.Map.of("username", username, "password", password));
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (true) {
      token = null;
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(URI.create(server.url("/api/v1/auth/login")))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body)),
              Duration.ofSeconds(30));
      JsonNode t = JSON.readTree(r.body()).path("data").path("token");
      if (r.statusCode() == 200 && t.isString()) return t.asString();
      if (r.statusCode() != 429 || System.nanoTime() > deadline) {
        throw new AssertionError(
            "login of " + username + " refused: " + r.statusCode() + " " + r.body());
      }
      long wait = r.headers().firstValueAsLong("Retry-After").orElse(1);
      try {
        Thread.sleep(Math.min(5, Math.max(1, wait)) * 1000); // the server asked for this pause
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Who the user is: the values operations must not be pointed at (own user, tenant, role). */
  JsonNode me() {
    return me;
  }

  String token() {
    return token;
  }

  /** True while the token still answers /auth/me as the same user with the same role. */
  boolean intact() {
    HttpResponse<String> r = get("/api/v1/auth/me");
    if (r.statusCode() != 200) return false;
    JsonNode now = JSON.readTree(r.body()).path("data");
    return now.equals(me);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET(), Duration.ofSeconds(30));
  }

  HttpResponse<String> post(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        Duration.ofSeconds(30));
  }

  /** Sends a generated request; IOExceptions (no answer in time) propagate. */
  HttpResponse<String> send(FuzzRequest r, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher body =
        r.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(r.body(), StandardCharsets.UTF_8);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.url(r.pathAndQuery())))
            .method(r.op().method(), body)
            .timeout(timeout)
            .header("Authorization", TestAuth.bearer(token));
    if (r.body() != null) b.header("Content-Type", "application/json");
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(HttpRequest.Builder b, Duration timeout) {
    try {
      if (token != null) b.header("Authorization", TestAuth.bearer(token));
      return http.send(b.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("no answer from the server", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
