package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestPostgres;
import io.computility.testidp.TestIdentityProvider;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider: Spring Authorization Server started in
 * this JVM on a free port, with a registered client and one user. The test plays the browser: login
 * page, form post, authorization redirect, callback.
 */
@DisplayName("NET-6.3a single sign-on with a real OIDC provider (Spring Authorization Server)")
class OidcLoginTest extends FederationTestBase {
  static final String SSO_USER = "sso-alice";
  static final String SSO_PASSWORD = "Sso-Pass-123";
  static ConfigurableApplicationContext provider;
  static String issuer;

  @DynamicPropertySource
  static void oidc(DynamicPropertyRegistry r) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    issuer = "http://127.0.0.1:" + port;
    String c = "spring.security.oauth2.authorizationserver.client.platform.";
    String db = TestPostgres.newDatabase();
    provider =
        new SpringApplicationBuilder(TestIdentityProvider.class)
            // command-line arguments: they win over the server's application.yaml on the classpath
            .run(
                "--server.port=" + port,
                "--spring.application.name=test-idp",
                "--spring.datasource.url=" + db,
                "--spring.datasource.username=postgres",
                "--spring.flyway.enabled=false",
                "--spring.security.oauth2.authorizationserver.issuer=" + issuer,
                "--" + c + "registration.client-id=computility",
                "--" + c + "registration.client-secret={noop}idp-secret",
                "--" + c + "registration.client-authentication-methods=client_secret_basic",
                "--" + c + "registration.authorization-grant-types=authorization_code",
                "--" + c + "registration.redirect-uris=http://127.0.0.1/api/v1/auth/oidc/callback",
                "--" + c + "registration.scopes=openid,profile",
                "--" + c + "require-authorization-consent=false",
                "--spring.security.user.name=" + SSO_USER,
                "--spring.security.user.password=" + SSO_PASSWORD);
    r.add("computility.security.oidc.issuer-uri", () -> issuer);
    r.add("computility.security.oidc.client-id", () -> "computility");
    r.add("computility.security.oidc.client-secret", () -> "idp-secret");
    r.add("computility.security.oidc.username-claim", () -> "sub");
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) provider.close();
  }

  @Test
  @DisplayName(
      "NET-6.3a a user signs in at the identity provider and receives a platform token for the matching user")
  void signOn() throws Exception {
    new Http(port)
        .post(
            "/api/v1/users",
            "{\"username\":\""
                + SSO_USER
                + "\",\"password\":\"Local-Pw-123\",\"org_id\":\"platform-root\","
                + "\"roles\":[\"tenant-user\"]}");
    CookieManager cookies = new CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> start =
        get(browser, "http://127.0.0.1:" + port + "/api/v1/auth/oidc/login");
    assertThat(start.statusCode()).isEqualTo(302);
    String authorize = location(start);
    assertThat(authorize).startsWith(issuer);

    HttpResponse<String> toLogin = get(browser, authorize);
    assertThat(toLogin.statusCode())
        .as(toLogin.headers().map() + " " + toLogin.body())
        .isEqualTo(302);
    assertThat(location(toLogin)).as("authorize answered").startsWith(issuer + "/login");
    HttpResponse<String> page = get(browser, location(toLogin));
    Matcher csrf =
        Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(csrf.find()).as(page.statusCode() + " " + page.body()).isTrue();
    String form =
        "username="
            + enc(SSO_USER)
            + "&password="
            + enc(SSO_PASSWORD)
            + "&_csrf="
            + enc(csrf.group(1));
    HttpResponse<String> posted =
        browser.send(
            HttpRequest.newBuilder(URI.create(issuer + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
    assertThat(location(posted)).as("after the login form").doesNotContain("error");
    HttpResponse<String> authorized = get(browser, location(posted));
    assertThat(authorized.statusCode()).as(authorized.body()).isEqualTo(302);
    String callback = location(authorized);
    assertThat(callback)
        .as("posted to " + location(posted) + ", cookies " + cookies.getCookieStore().getCookies())
        .doesNotEndWith("/login");
    assertThat(callback)
        .startsWith("http://127.0.0.1:" + port + "/api/v1/auth/oidc/callback?code=");

    HttpResponse<String> done = get(browser, callback);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    String token = Http.JSON.readTree(done.body()).path("data").path("token").asString();
    Http me = new Http(port, token);
    assertThat(me.get("/api/v1/auth/me").data().path("username").asString()).isEqualTo(SSO_USER);
    // the state is used once: replaying the callback is refused
    assertThat(get(browser, callback).statusCode()).isEqualTo(403);
    assertThat(new Http(port).get("/api/v1/audit/logins?actor=" + SSO_USER).text())
        .contains("OIDC_OK");
  }

  private static HttpResponse<String> get(HttpClient c, String url) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String location(HttpResponse<?> r) {
    String l = r.headers().firstValue("Location").orElseThrow();
    return l.startsWith("/") ? issuer + l : l;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
