package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect provider for tests (Spring Authorization Server in this JVM, on a free
 * port, client {@code computility}) and a browser that signs in there: login page, form post,
 * authorization redirect, callback.
 */
final class OidcProvider implements AutoCloseable {
  final String issuer;
  private final ConfigurableApplicationContext context;

  private OidcProvider(String issuer, ConfigurableApplicationContext context) {
    this.issuer = issuer;
    this.context = context;
  }

  /** Starts a provider; {@code extra} are more {@code --key=value} arguments (users, claims). */
  static OidcProvider start(String... extra) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String issuer = "http://127.0.0.1:" + port;
    String c = "spring.security.oauth2.authorizationserver.client.platform.";
    String db = TestPostgres.newDatabase();
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=" + port,
                "--spring.application.name=test-idp",
                "--spring.datasource.url=" + db,
                "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.minimum-idle=1",
                "--spring.flyway.enabled=false",
                "--spring.security.oauth2.authorizationserver.issuer=" + issuer,
                "--" + c + "registration.client-id=computility",
                "--" + c + "registration.client-secret={noop}idp-secret",
                "--" + c + "registration.client-authentication-methods=client_secret_basic",
                "--" + c + "registration.authorization-grant-types=authorization_code",
                "--" + c + "registration.redirect-uris=http://127.0.0.1/api/v1/auth/oidc/callback",
                "--" + c + "registration.scopes=openid,profile",
                "--" + c + "require-authorization-consent=false"));
    args.addAll(List.of(extra));
    // command-line arguments: they win over the server's application.yaml on the classpath
    return new OidcProvider(
        issuer,
        new SpringApplicationBuilder(TestIdentityProvider.class).run(args.toArray(String[]::new)));
  }

  /** Points the server under test at this provider, matching users by {@code sub}. */
  void register(DynamicPropertyRegistry r) {
    r.add("computility.security.oidc.issuer-uri", () -> issuer);
    r.add("computility.security.oidc.client-id", () -> "computility");
    r.add("computility.security.oidc.client-secret", () -> "idp-secret");
    r.add("computility.security.oidc.username-claim", () -> "sub");
  }

  @Override
  public void close() {
    context.close();
  }

  /** A fresh browser (own cookies, no automatic redirects). */
  static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Signs in at the provider from the server's login start; answers the callback URL. */
  String signIn(HttpClient browser, int serverPort, String user, String password) throws Exception {
    HttpResponse<String> start =
        get(browser, "http://127.0.0.1:" + serverPort + "/api/v1/auth/oidc/login");
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
        "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
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
    assertThat(callback).as("posted to " + location(posted)).doesNotEndWith("/login");
    assertThat(callback)
        .startsWith("http://127.0.0.1:" + serverPort + "/api/v1/auth/oidc/callback?code=");
    return callback;
  }

  static HttpResponse<String> get(HttpClient c, String url) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String location(HttpResponse<?> r) {
    String l = r.headers().firstValue("Location").orElseThrow();
    return l.startsWith("/") ? issuer + l : l;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
