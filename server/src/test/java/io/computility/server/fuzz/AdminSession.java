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
 * The platform admin's session the fuzzer works in. Operations may end it (logout, a revoked
 * token, a switched role): {@link #stillAdmin} notices, and {@link #relogin} starts a new one.
 */
final class AdminSession {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final JarServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private String token;
  private JsonNode me;
  int logins;

  AdminSession(JarServer server) {
    this.server = server;
  }

  /** Logs in; an AssertionError when the admin can no longer log in (locked out). */
  void relogin() {
    token = TestAuth.adminToken(server.port);
    logins++;
    if (me == null) me = JSON.readTree(get("/api/v1/auth/me").body()).path("data");
  }

  /** Who the admin is: the values operations must not be pointed at (own user, tenant, role). */
  JsonNode me() {
    return me;
  }

  String token() {
    return token;
  }

  /** True while the token still answers /auth/me as the admin with the admin's role. */
  boolean stillAdmin() {
    HttpResponse<String> r = get("/api/v1/auth/me");
    if (r.statusCode() != 200) return false;
    JsonNode now = JSON.readTree(r.body()).path("data");
    return now.equals(me);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET(), Duration.ofSeconds(30));
  }

  /** Sends a generated request; IOExceptions (no answer in time) propagate. */
  HttpResponse<String> send(FuzzRequest r, Duration timeout) throws IOException, InterruptedException {
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
      return http.send(
          b.timeout(timeout).header("Authorization", TestAuth.bearer(token)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("no answer from the server", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
