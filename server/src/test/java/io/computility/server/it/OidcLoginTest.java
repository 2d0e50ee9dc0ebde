package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider: Spring Authorization Server started in
 * this JVM on a free port, with a registered client and two users. Provisioning is off (the
 * default): only users an admin created may sign in. The test plays the browser.
 */
@DisplayName("NET-6.3a single sign-on with a real OIDC provider (Spring Authorization Server)")
class OidcLoginTest extends FederationTestBase {
  static final String SSO_USER = "sso-alice";
  static final String SSO_PASSWORD = "Sso-Pass-123";
  static final String STRANGER = "sso-stranger";
  static OidcProvider provider;

  @DynamicPropertySource
  static void oidc(DynamicPropertyRegistry r) throws Exception {
    provider =
        OidcProvider.start(
            "--spring.security.user.name=" + SSO_USER,
            "--spring.security.user.password=" + SSO_PASSWORD,
            "--test-idp.users=" + STRANGER + ":" + SSO_PASSWORD);
    provider.register(r);
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
    HttpClient browser = OidcProvider.browser();
    String callback = provider.signIn(browser, port, SSO_USER, SSO_PASSWORD);

    HttpResponse<String> done = OidcProvider.get(browser, callback);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    String token = Http.JSON.readTree(done.body()).path("data").path("token").asString();
    Http me = new Http(port, token);
    assertThat(me.get("/api/v1/auth/me").data().path("username").asString()).isEqualTo(SSO_USER);
    // the state is used once: replaying the callback is refused
    assertThat(OidcProvider.get(browser, callback).statusCode()).isEqualTo(403);
    assertThat(new Http(port).get("/api/v1/audit/logins?actor=" + SSO_USER).text())
        .contains("OIDC_OK");
  }

  @Test
  @DisplayName(
      "NET-6.3a with provisioning off, a user the provider knows but the platform does not is refused with a clear 403 and logged")
  void unknownUserRefused() throws Exception {
    HttpClient browser = OidcProvider.browser();
    String callback = provider.signIn(browser, port, STRANGER, SSO_PASSWORD);
    HttpResponse<String> done = OidcProvider.get(browser, callback);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(403);
    assertThat(done.body()).contains(STRANGER).contains("provisioning is off");
    Http admin = new Http(port);
    assertThat(admin.get("/api/v1/audit/logins?actor=" + STRANGER).text())
        .contains("OIDC_UNKNOWN_USER");
    assertThat(admin.get("/api/v1/users").text()).doesNotContain(STRANGER);
  }
}
