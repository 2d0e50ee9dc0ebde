package io.computility.server.testsupport;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.Permissions;
import io.computility.server.identity.ScopeFilter;
import io.computility.server.identity.tenancy.BuiltinRoles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way tests authenticate. Servers started by tests get the bootstrap admin's password
 * {@link #ADMIN_PASSWORD} (property or {@code COMPUTILITY_ADMIN_PASSWORD}); {@link #login} answers
 * a real bearer token over HTTP. Web-slice tests (no database) use {@link #platformAdmin()}.
 */
public final class TestAuth {
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "Test-Admin-Pw1";

  /** The machine token (role platform-agent) servers under test are configured with. */
  public static final String AGENT_TOKEN = "cty_test-agent-token-0123456789";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private TestAuth() {}

  /** Sets the bootstrap admin's password and the machine token of a server under test. */
  public static void adminPassword(DynamicPropertyRegistry r) {
    r.add("computility.security.admin-password", () -> ADMIN_PASSWORD);
    r.add("computility.security.agent-token", () -> AGENT_TOKEN);
  }

  /** Environment for a server started as its own process. */
  public static String[] adminPasswordEnv() {
    return new String[] {"COMPUTILITY_ADMIN_PASSWORD", ADMIN_PASSWORD};
  }

  /** A bearer token of the platform admin of the server at {@code port}. */
  public static String adminToken(int port) {
    return login(port, ADMIN, ADMIN_PASSWORD);
  }

  /** Logs in with a password; fails the test when the login is refused. */
  public static String login(int port, String username, String password) {
    String body =
        JSON.writeValueAsString(java.util.Map.of("username", username, "password", password));
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode token = JSON.readTree(r.body()).path("data").path("token");
      if (r.statusCode() != 200 || token.isMissingNode()) {
        throw new AssertionError("login of " + username + " refused: " + r.body());
      }
      return token.asString();
    } catch (java.io.IOException e) {
      throw new AssertionError("cannot reach the server on port " + port, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The Authorization header value for a token. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }

  /**
   * For MockMvc web slices: the request runs as the platform admin (every permission, scope ALL),
   * the same principal a token of the bootstrap admin yields.
   */
  public static RequestPostProcessor platformAdmin() {
    AuthUser admin =
        new AuthUser(
            "u-admin",
            ADMIN,
            "platform",
            "platform-root",
            BuiltinRoles.PLATFORM_ADMIN,
            true,
            false,
            Permissions.codes(true, false),
            ScopeFilter.EVERYTHING,
            "tok-test");
    List<SimpleGrantedAuthority> authorities =
        admin.permissions().stream().map(SimpleGrantedAuthority::new).toList();
    return SecurityMockMvcRequestPostProcessors.authentication(
        new UsernamePasswordAuthenticationToken(admin, null, authorities));
  }
}
